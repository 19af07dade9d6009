#include "quantities_test_table.h"

namespace storyline::testing {
namespace {

TEST(QuantitiesSpanish, ConstructionsFromTheTable) {
  check_rows({
      // cifras y separadores
      {"Hubo 82.000 muertes por sobredosis.", "82.000", 82000, "", "exact", "muertes por sobredosis"},
      {"La economía creció 1,5 puntos.", "1,5", 1.5, "", "exact", "puntos"},
      {"Se registraron 82,000 casos.", "82,000", 82000, "", "exact", "casos"},
      // palabras
      {"Veintiséis personas fueron enviadas.", "Veintiséis", 26, "", "exact", "personas"},
      {"Llegaron ciento cinco camiones.", "ciento cinco", 105, "", "exact", "camiones"},
      {"Vendió dos mil boletos.", "dos mil", 2000, "", "exact", "boletos"},
      {"Había cientos de migrantes.", "cientos", 100, "", "over", "migrantes"},
      {"Murieron decenas de personas.", "decenas", 10, "", "over", "personas"},
      {"Huyeron miles de familias.", "miles", 1000, "", "over", "familias"},
      {"Compró una docena de huevos.", "una docena", 12},
      {"cuarenta y siete heridos", "cuarenta y siete", 47, "", "exact", "heridos"},
      // escalas y dinero
      {"Costó 50 millones de dólares.", "50 millones de dólares", 5e7, "USD"},
      {"Un gasto de mil millones de pesos.", "mil millones de pesos", 1e9, "MXN"},
      {"Un préstamo de US$ 150 millones.", "US$ 150 millones", 1.5e8, "USD"},
      {"Pagó 500 pesos.", "500 pesos", 500, "MXN"},
      {"Cuesta 3 euros con 99 céntimos.", "3 euros con 99 céntimos", 3.99, "EUR"},
      // porcentajes
      {"La participación fue de 70 por ciento.", "70 por ciento", 70, "percent"},
      {"Subió 27% en el trimestre.", "27%", 27, "percent"},
      // calificadores
      {"al menos 15 ataques", "al menos 15", 15, "", "at_least", "ataques"},
      {"por lo menos 20 muertos", "por lo menos 20", 20, "", "at_least", "muertos"},
      {"más de 50 detenidos", "más de 50", 50, "", "over", "detenidos"},
      {"menos de 10 albergues", "menos de 10", 10, "", "under", "albergues"},
      {"hasta 40 años de prisión", "hasta 40", 40, "", "at_most", "años de prisión"},
      {"alrededor de 300 familias", "alrededor de 300", 300, "", "about", "familias"},
      {"unos 300 soldados", "unos 300", 300, "", "about", "soldados"},
      {"cerca de 300 casas", "cerca de 300", 300, "", "about", "casas"},
      {"casi 30 soldados", "casi 30", 30, "", "nearly", "soldados"},
      // un participio singular solo es el verbo, no lo contado; el plural sí cuenta
      {"un sismo de magnitud 7,8 registrado el sábado", "7,8", 7.8, "", "exact", ""},
      {"hubo 40 detenidos", "40", 40, "", "exact", "detenidos"},
      // rangos
      {"entre 20 y 30 personas", "entre 20 y 30", 20, "", "range", "personas", 20, 30},
      {"de 20 a 30 personas", "de 20 a 30", 20, "", "range", "personas", 20, 30},
      // ordinales
      {"el tercer intento", "tercer", 3, "", "exact", "", std::nullopt, std::nullopt, true},
      {"subimos al 4to piso", "4to", 4, "", "exact", "", std::nullopt, std::nullopt, true},
      // no son cantidades
      {"El Artículo 40 lo prohíbe.", ""},
      {"La Orden 14157 entró en vigor.", ""},
      {"Corrió 29km hoy.", ""},
      {"Llegó a las 10:30 de la noche.", ""},
  }, "es");
}

TEST(QuantitiesSpanish, FractionsAndLoneOne) {
  check_rows({
      // fracciones pegadas
      {"Recibió tres veintiunavos del total.", "tres veintiunavos", 3.0 / 21},
      {"ciento treinta y tres veintiunavos", "ciento treinta y tres veintiunavos", 133.0 / 21},
      {"Quedan tres dosmilésimos.", "tres dosmilésimos", 3.0 / 2000},
      {"cien treintaicincoavos", "cien treintaicincoavos", 100.0 / 35},
      {"Llegaron los centavos.", ""},
      // medios y fracciones de una escala
      {"Esperó cinco y medio minutos.", "cinco y medio", 5.5, "", "exact", "minutos"},
      {"Costó tres millones y medio de pesos.", "tres millones y medio de pesos", 3.5e6, "MXN"},
      {"Son seis millones con dos tercios", "seis millones con dos tercios", 6e6 + 2e6 / 3},
      // "un"/"una" cuenta solo al final o tras una señal
      {"treinta y un días", "treinta y un", 31, "", "exact", "días"},
      {"Compró solo una vaca.", "una", 1, "", "exact", "vaca"},
      {"Hubo al menos un muerto.", "al menos un", 1, "", "at_least", "muerto"},
      {"Es un formato válido.", ""},
      // razones y caracteres
      {"Uno de cada cinco adultos.", "Uno de cada cinco", 0.2, "", "exact", "adultos"},
      {"Añada ½ taza.", "½", 0.5, "", "exact", "taza"},
  }, "es");
}

TEST(QuantitiesSpanish, CountedPhraseStopsAtTheVerb) {
  check_rows({
      {"15 soldados resultaron heridos.", "15", 15, "", "exact", "soldados"},
      {"20 soldados atacan la base.", "20", 20, "", "exact", "soldados"},
      {"Hubo 82.000 muertes por sobredosis el año pasado.", "82.000", 82000, "", "exact", "muertes por sobredosis"},
      {"Tres lanchas dejaron el puerto.", "Tres", 3, "", "exact", "lanchas"},
  }, "es");
}

}  // namespace
}  // namespace storyline::testing
