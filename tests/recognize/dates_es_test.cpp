// Spanish temporal tagging, one row per construction. Reference: Thursday 2025-08-14.
#include "dates_test_table.h"

namespace storyline {
namespace {

using namespace date_table;

const Row kRows[] = {
    {"La orden se firmó el 20 de enero de 2025.", R, "20 de enero de 2025", "DATE", "2025-01-20", "", A},
    {"La orden se firmó el 20 de enero.", R, "20 de enero", "DATE", "2025-01-20", "", P},
    // Sin tiempo verbal cerca, el día más cercano, antes o después.
    {"La junta de accionistas, el 15 de diciembre, votará la venta.", R, "15 de diciembre", "DATE", "2025-12-15", "", P},
    {"Las acciones, según el documento, cotizan a 12 euros desde el 1 de agosto.", R, "1 de agosto", "DATE", "2025-08-01", "", P},
    {"El documento tiene fecha 20/01/2025.", R, "20/01/2025", "DATE", "2025-01-20", "", A},
    {"Los precios subieron en febrero de 2025.", R, "febrero de 2025", "DATE", "2025-02", "", A},
    {"La ley se aprobó en 2024.", R, "2024", "DATE", "2024", "", A},
    {"El ataque ocurrió el pasado 4 de mayo.", R, "pasado 4 de mayo", "DATE", "2025-05-04", "", P},
    {"El ataque ocurrió el 4 de mayo.", "", "4 de mayo", "DATE", "XXXX-05-04", "", U},
    {"El gobernador habló este martes.", R, "este martes", "DATE", "2025-08-12", "", P},
    {"El gobernador habló el jueves pasado.", R, "jueves pasado", "DATE", "2025-08-07", "", P},
    {"El gobernador hablará el próximo jueves.", R, "próximo jueves", "DATE", "2025-08-21", "", P},
    {"El gobernador viajará el martes.", R, "martes", "DATE", "2025-08-19", "", P},
    // El día de la semana de la publicación es ese día, sea cual sea el tiempo verbal.
    {"El gobernador viajará el jueves.", R, "jueves", "DATE", "2025-08-14", "", P},
    {"Los precios subieron en junio del año pasado.", R, "junio del año pasado", "DATE", "2024-06", "", P},
    {"La huelga duró treinta y dos días.", R, "treinta y dos días", "DURATION", "P32D", "", A},
    {"Las acciones cerraron el martes sin cambios y la empresa presentará resultados pronto.", R, "martes", "DATE", "2025-08-12", "", P},
    {"La policía llegó hoy.", R, "hoy", "DATE", "2025-08-14", "", P},
    {"La policía llegó ayer.", R, "ayer", "DATE", "2025-08-13", "", P},
    {"La policía llegará mañana.", R, "mañana", "DATE", "2025-08-15", "", P},
    {"La policía llegó ayer por la mañana.", R, "ayer por la mañana", "TIME", "2025-08-13TMO", "", P},
    {"Hubo disparos anoche.", R, "anoche", "TIME", "2025-08-13TNI", "", P},
    {"Las tropas llegaron la semana pasada.", R, "semana pasada", "DATE", "2025-W32", "", P},
    {"Las ventas cayeron el mes pasado.", R, "mes pasado", "DATE", "2025-07", "", P},
    {"Las ventas cayeron en junio.", R, "junio", "DATE", "2025-06", "", P},
    {"El plan se presentó a principios de marzo.", R, "principios de marzo", "DATE", "2025-03", "START", P},
    {"La obra terminó a finales de 2024.", R, "finales de 2024", "DATE", "2024", "END", A},
    {"Las lluvias fueron este verano.", R, "este verano", "DATE", "2025-SU", "", P},
    {"Las ganancias crecieron en el primer trimestre de 2024.", R, "primer trimestre de 2024", "DATE", "2024-Q1", "", A},
    {"Las ganancias del tercer trimestre subieron a 5 millones, frente a 4 millones hace un año.", R, "hace un año", "DATE", "2024-Q3", "", T},
    {"Las ganancias subieron a 5 millones, frente a 4 millones hace un año.", R, "hace un año", "DATE", "2024", "", P},
    {"El festival fue del 1 al 5 de agosto.", R, "del 1 al 5 de agosto", "DATE", "2025-08-01/2025-08-05", "", P},
    {"Llovió entre marzo y mayo.", R, "entre marzo y mayo", "DATE", "2025-03/2025-05", "", P},
    {"El programa duró dos años.", R, "dos años", "DURATION", "P2Y", "", A},
    {"Estuvo detenido dos semanas.", R, "dos semanas", "DURATION", "P2W", "", A},
    {"Esperó más de dos años.", R, "más de dos años", "DURATION", "P2Y", "MORE_THAN", A},
    {"Se quedaron al menos tres meses.", R, "al menos tres meses", "DURATION", "P3M", "EQUAL_OR_MORE", A},
    {"La empresa se fundó hace dos años.", R, "hace dos años", "DATE", "2023", "", P},
    {"La tormenta llegó el 3 de marzo de 2025. Dos días después subió el río.", R, "Dos días después", "DATE", "2025-03-05", "", T},
    {"Los inspectores vienen cada semana.", R, "cada semana", "SET", "P1W", "", A},
    {"El mercado abre todos los días.", R, "todos los días", "SET", "P1D", "", A},
    {"El mercado abre todos los lunes.", R, "todos los lunes", "SET", "XXXX-WXX-1", "", A},
    {"La audiencia empieza a las 10 de la mañana.", R, "10 de la mañana", "TIME", "2025-08-14T10:00", "", P},
    {"El puente está cerrado ahora.", R, "ahora", "DATE", "PRESENT_REF", "", P},
    {"La agencia cambió recientemente sus reglas.", R, "recientemente", "DATE", "PAST_REF", "", P},
    {"La ciudad fue fundada alrededor de 1850.", R, "alrededor de 1850", "DATE", "1850", "APPROX", A},
    // Aritmética de fechas: "en N unidades" apunta adelante solo en una oración en futuro.
    {"La planta reabrirá dentro de dos días.", R, "dos días", "DATE", "2025-08-16", "", P},
    {"La planta reabrirá en dos semanas.", R, "dos semanas", "DATE", "2025-08-28", "", P},
    {"Los precios se duplicaron en dos años.", R, "dos años", "DURATION", "P2Y", "", A},
    {"La votación será tres días después de Navidad.", R, "tres días después de Navidad", "DATE", "2025-12-28", "", P},
    {"El vuelo sale dentro de 30 minutos.", "2025-08-14T10:00:00", "30 minutos", "TIME", "2025-08-14T10:30", "", P},
    {"Se vieron dos días antes de ayer.", R, "dos días antes de ayer", "DATE", "2025-08-11", "", P},
    {"El terremoto se produjo a las 18:58 hora local del martes.", R, "18:58 hora local del martes", "TIME", "2025-08-12T18:58", "", P},
    // Intervalos de horas.
    {"Las urnas abrirán mañana de 8:00 a 20:00.", R, "mañana de 8:00 a 20:00", "TIME", "2025-08-15T08:00/2025-08-15T20:00", "", P},
    {"Hubo cortes entre las 5 y las 6 de la tarde.", R, "entre las 5 y las 6 de la tarde", "TIME", "2025-08-14T17:00/2025-08-14T18:00", "", P},
    {"Las ventas crecerán de mayo a septiembre.", R, "de mayo a septiembre", "DATE", "2025-05/2025-09", "", P},
    // Un día del mes solo.
    {"La huelga empezó el día 4.", R, "día 4", "DATE", "2025-08-04", "", P},
    // Fracciones de unidad; día/mes sin año solo tras una palabra que lo introduce.
    {"Esperó media hora.", R, "media hora", "DURATION", "PT30M", "", A},
    {"La llamada duró un cuarto de hora.", R, "un cuarto de hora", "DURATION", "PT15M", "", A},
    {"La reunión fue el 27/11.", R, "27/11", "DATE", "2024-11-27", "", P},
    {"Las ventas cayeron en el T1 2025.", R, "T1 2025", "DATE", "2025-Q1", "", A},
    {"Hubo protestas el fin de semana pasado.", R, "el fin de semana pasado", "DATE", "2025-W32-WE", "", P},
    {"El festival es este fin de semana.", R, "este fin de semana", "DATE", "2025-W33-WE", "", P},
};

TEST(DatesSpanish, EveryConstruction) {
  for (const Row& row : kRows) check(row, "es");
}

TEST(DatesSpanish, NumbersThatAreNotYears) {
  for (const char* text : {"La Orden Ejecutiva 14157 fue firmada.", "Las habitaciones 1990 y 1991."})
    EXPECT_TRUE(tag(text, "es", R).empty()) << text;
}

TEST(DatesSpanish, CommonWordsThatAreNotDates) {
  for (const char* text : {"Navegaron en el mar Mediterráneo.", "Ordenaron un segundo desalojo.",
                           "Un servicio 24/7 para todos.", "Tres cuartos de los vecinos se fueron."})
    EXPECT_TRUE(tag(text, "es", R).empty()) << text;
}

TEST(DatesSpanish, EstimatedReferenceMarksResolvedValues) {
  std::string text = "Las tropas llegaron la semana pasada.";
  auto found = recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {"es", R, true}, resources());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].estimated);
}

TEST(DatesSpanish, ResultsAreSortedAndDisjoint) {
  std::string text = "El lunes 6 de enero de 2025, y otra vez la semana pasada, se reunieron dos horas.";
  auto found = tag(text, "es", R);
  ASSERT_EQ(found.size(), 3u) << text;
  for (std::size_t k = 1; k < found.size(); ++k) EXPECT_LE(found[k - 1].span.end, found[k].span.begin);
  EXPECT_EQ(found[0].value, "2025-01-06");
}

TEST(DatesSpanish, NumberRangesThatAreNotClockTimes) {
  for (const char* text : {"Los precios subieron de 3 a 5 el martes.", "El equipo perdió 2-3 el martes."})
    for (const auto& e : tag(text, "es", R)) EXPECT_NE(e.type, "TIME") << text;
}

}  // namespace
}  // namespace storyline
