#!/usr/bin/env python3
"""Synthetic news corpus for scaling runs: many invented stories, each told by several outlets.

    bench/synth_corpus.py --articles N --seed S > corpus.jsonl

One JSON object a line, with the fields `storyline` reads from JSON Lines:
{"id", "url", "outlet", "title", "published", "lang", "text"}. Deterministic for a seed.

Stories are fires, floods, strikes, elections, trials, explosions, road crashes, protests, drug
seizures and layoffs in invented places, with invented people and companies. Each article of a
story is written from templates (English or Spanish, chosen per article) by one outlet: its own
wording, its own choice of facts, and numbers that mostly agree with the other outlets, sometimes
differ a little ("about 2,000", "at least 38"), sometimes contradict, and grow in later reports.
About one article in eight is a syndicated copy of an earlier one, exact or lightly edited.
Dates spread over about eight months; output is in publication order, stories interleaved.
Templates and names below are invented: nothing is taken from real news.
"""
import argparse
import datetime as dt
import json
import math
import random
import sys
import unicodedata


MONTHS = {'en': 'January February March April May June July August September October November December'.split(),
          'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()}
WEEKDAYS = {'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(),
            'es': 'lunes martes miércoles jueves viernes sábado domingo'.split()}
SMALL = {'en': 'zero one two three four five six seven eight nine'.split(),
         'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve'.split()}
START = dt.date(2025, 1, 6)
SPAN_DAYS = 240


def number(n, lang, rng=None):
    """A count as an outlet would print it: small ones sometimes in words, separators per language."""
    n = int(round(n))
    if rng and 1 < n < 10 and rng.random() < 0.4:
        return SMALL[lang][n]
    s = f'{n:,}'
    return s.replace(',', '.') if lang == 'es' else s


def money(millions, lang):
    v = f'{millions:.1f}'.rstrip('0').rstrip('.')
    return f'${v} million' if lang == 'en' else f'{v.replace(".", ",")} millones de dólares'


def percent(p, lang, rng):
    v = f'{p:.1f}'.rstrip('0').rstrip('.')
    if lang == 'es':
        v = v.replace('.', ',')
        return f'{v} %' if rng.random() < 0.5 else f'{v} por ciento'
    return f'{v}%' if rng.random() < 0.5 else f'{v} percent'


# ---------------------------------------------------------------------------------------------
# Names: invented places, people, companies, outlets.

SYLLABLES = 'va re na kes lin mon te luz cor al ba san dor ver mi ra to sel pa qui bel ar gos fen tor lo ma'.split()
FIRST = {'en': 'Alice Brian Carla Dennis Elena Frank Grace Henry Irene Jack Karen Leo Maya Nathan Olivia Paul '
               'Rachel Samuel Tara Victor Wendy Adam Bianca Colin Diana Ethan Fiona George Hannah Ivan'.split(),
         'es': 'Ana Bruno Carmen Diego Elena Fernando Gloria Hugo Inés Javier Lucía Manuel Nuria Óscar Paula '
               'Ramón Sofía Tomás Valeria Andrés Beatriz Camilo Dolores Esteban Julia Marcos Rocío Sergio'.split()}
SURNAMES = ('Oller Arends Pla Marsh Quintero Halvorsen Ibarra Castell Whitlow Reyes Duarte Fenwick Morales '
            'Okafor Lindqvist Salcedo Brennan Varela Holt Cifuentes Prieto Nakamura Aldana Greaves Ferrer '
            'Montoya Ashdown Galindo Rourke Villalba Esparza Thorne Beltrán Calloway Urquiza').split()
COMPANY_TAIL = ['Industries', 'Logistics', 'Foods', 'Energy', 'Chemicals', 'Mining', 'Textiles', 'Motors', 'Holdings']
OUTLETS = {
    'en': [(n, n.lower().replace('the ', '').replace(' ', '') + '.example') for n in (
        'The Harbor Ledger', 'Daily Meridian', 'Northgate Courier', 'The Valley Post', 'Riverside Herald',
        'Coastline Times', 'The Plains Tribune', 'Morning Dispatch', 'Capital Wire', 'The Summit Gazette',
        'Eastbank Chronicle', 'Lakeshore News', 'The Evening Lantern', 'Metro Observer', 'Ridgeway Journal')],
    'es': [(n, n.lower().replace(' ', '').replace('ó', 'o').replace('í', 'i') + '.example') for n in (
        'El Correo del Norte', 'Diario La Ribera', 'La Voz del Valle', 'El Heraldo Central', 'Noticias del Puerto',
        'El Mirador', 'Crónica Regional', 'La Gaceta de Poniente', 'El Faro Digital', 'Diario Horizonte',
        'La Tribuna del Sur', 'El Observador Andino', 'Agencia Meridiana', 'El Vigía', 'Prensa Libre del Llano')]}
SYNONYMS = {
    'en': {'said': 'stated', 'people': 'residents', 'about': 'around', 'homes': 'houses', 'town': 'city',
           'officials': 'authorities', 'told': 'informed', 'more': 'over', 'night': 'evening', 'quickly': 'rapidly'},
    'es': {'dijo': 'señaló', 'personas': 'vecinos', 'casas': 'viviendas', 'autoridades': 'responsables',
           'afirmó': 'aseguró', 'unos': 'cerca de', 'pueblo': 'municipio', 'noche': 'madrugada', 'según': 'de acuerdo con'}}


def first_names(lang):
    return FIRST[lang]


def surnames():
    return SURNAMES


def place_name(rng):
    name = ''.join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 2, 3])))
    return name.capitalize()


def company_name(rng):
    return f'{place_name(rng)} {rng.choice(COMPANY_TAIL)}'


# ---------------------------------------------------------------------------------------------
# Story kinds. "@kind", then "facts name:type:low:high ..." (count, toll: a count that grows in
# later reports, money: millions of dollars, pct), then "<lang> <part> <template>" lines.
TEMPLATES = r'''
@fire
facts homes:toll:5:200 evacuated:count:200:8000 firefighters:count:40:600 hectares:count:100:20000 money:money:1:60
en title Wildfire near {place} destroys {homes} homes
en title Thousands flee as fire spreads outside {place}
en title {place} fire: {evacuated} people evacuated
en lead A wildfire burning outside {place} destroyed {homes} homes and forced {evacuated} people to leave {when}, officials in {region} said.
en lead Firefighters were struggling {when} to contain a fast-moving fire near {place} that has burned {hectares} hectares, according to the {region} emergency service.
en lead {evacuated} residents of {place} spent the night in shelters after flames reached the edge of the town {when}.
en detail More than {firefighters} firefighters and several water-dropping aircraft were deployed, the regional government said in a statement.
en detail The fire has burned through {hectares} hectares of pine forest and scrubland, according to preliminary figures.
en detail Officials said {homes} houses had been reduced to ashes and that the number could rise as crews reach remote areas.
en detail Strong winds and temperatures above 40 degrees helped the flames jump a highway on the northern side of {place}.
en detail The {region} government asked for {money} in emergency aid to rebuild homes and roads.
en quote "The wind changed direction twice in an hour, and that is what beat us," said {official}, who heads the {place} fire brigade.
en quote “We left with the clothes we had on,” said {person2}, a resident who spent the night in a school gym.
en quote "Nobody should go back until we say it is safe," {official} told reporters {when}.
en closing The cause of the fire is under investigation. Police said they had not ruled out arson.
en closing It was the largest fire in {region} in more than a decade, according to the forestry agency.
es title Un incendio cerca de {place} destruye {homes} viviendas
es title Miles de evacuados por el fuego en {place}
es title Incendio en {place}: {evacuated} desalojados
es lead Un incendio forestal destruyó {homes} viviendas en las afueras de {place} y obligó a desalojar a {evacuated} personas {when}, informaron las autoridades de {region}.
es lead Los bomberos luchaban {when} para contener un incendio cerca de {place} que ya ha calcinado {hectares} hectáreas, según el servicio de emergencias de {region}.
es lead {evacuated} vecinos de {place} pasaron la noche en albergues después de que las llamas alcanzaran el pueblo {when}.
es detail Más de {firefighters} bomberos y varios aviones cisterna participan en las labores de extinción, según un comunicado del gobierno regional.
es detail El fuego ha arrasado {hectares} hectáreas de pinar y matorral, de acuerdo con los datos preliminares.
es detail Las autoridades confirmaron que {homes} casas quedaron reducidas a cenizas y advirtieron que la cifra podría aumentar.
es detail El viento y temperaturas de más de 40 grados permitieron que las llamas cruzaran la carretera al norte de {place}.
es detail El gobierno de {region} pedirá {money} en ayudas de emergencia para reconstruir casas y caminos.
es quote «El viento cambió de dirección dos veces en una hora y eso nos superó», afirmó {official}, jefe de bomberos de {place}.
es quote «Salimos con lo puesto», contó {person2}, una vecina que durmió en un polideportivo.
es quote «Nadie debe volver hasta que digamos que es seguro», declaró {official} {when}.
es closing Las causas del incendio se investigan. La policía no descarta que fuera intencionado.
es closing Es el mayor incendio en {region} en más de una década, según la agencia forestal.
@flood
facts dead:toll:1:40 missing:count:1:15 displaced:count:300:20000 rain:count:80:400 money:money:5:300
en title Floods kill {dead} in {region}
en title {place} under water after record rain
en title Flooding forces {displaced} from their homes in {place}
en lead Flooding after days of heavy rain killed {dead} people in {region} and left {missing} missing, the civil protection agency said {when}.
en lead The river that runs through {place} burst its banks {when}, flooding hundreds of homes and forcing {displaced} people to leave.
en detail Up to {rain} millimetres of rain fell in 24 hours, according to the national weather service.
en detail Rescue teams used boats to reach families trapped on rooftops in the lower part of {place}.
en detail The death toll stood at {dead} late in the day, with {missing} people still unaccounted for.
en detail Authorities estimated the damage at {money} and said schools would stay closed for the rest of the week.
en quote "The water came up in less than an hour," said {person2}, who runs a pharmacy near the river.
en quote "We are searching house by house," said {official}, the mayor of {place}. "We will not stop until everyone is found."
en closing Forecasters warned that more rain was expected over the weekend.
en closing The regional government declared a state of emergency in {place} and four nearby towns.
es title Las inundaciones dejan {dead} muertos en {region}
es title {place}, bajo el agua tras unas lluvias récord
es title El agua obliga a {displaced} personas a dejar sus casas en {place}
es lead Las inundaciones provocadas por varios días de lluvia dejaron {dead} muertos en {region} y {missing} desaparecidos, informó {when} la agencia de protección civil.
es lead El río que atraviesa {place} se desbordó {when}, inundó cientos de viviendas y obligó a {displaced} personas a abandonar sus hogares.
es detail Cayeron hasta {rain} litros por metro cuadrado en 24 horas, según el servicio meteorológico.
es detail Los equipos de rescate usaron lanchas para llegar a familias atrapadas en los tejados de la parte baja de {place}.
es detail El balance era de {dead} muertos al final del día, con {missing} personas aún sin localizar.
es detail Las autoridades calcularon los daños en {money} y anunciaron que las escuelas seguirán cerradas toda la semana.
es quote «El agua subió en menos de una hora», relató {person2}, que tiene una farmacia junto al río.
es quote «Estamos buscando casa por casa», aseguró {official}, alcalde de {place}. «No pararemos hasta encontrar a todos».
es closing Los meteorólogos advirtieron que se esperan más lluvias durante el fin de semana.
es closing El gobierno regional declaró el estado de emergencia en {place} y en otros cuatro municipios.
@strike
facts workers:count:200:15000 raise:pct:3:15 days:count:2:10 money:money:1:20
en title Workers at {company} walk out over pay
en title Strike halts production at {company} plant in {place}
en lead About {workers} workers at {company} went on strike {when} in {place}, demanding a pay rise of {raise}, the union said.
en lead Production stopped at the {company} plant in {place} {when} as {workers} employees walked off the job in a dispute over wages.
en detail The union said the strike would last {days} days unless management improved its offer.
en detail {company} has offered a raise of 2 percent, which union leaders called an insult.
en detail Picket lines formed at the main gates before dawn, and trucks were turned away.
en detail The company said the stoppage was costing it {money} a day.
en quote "We are not asking for luxuries, only to keep up with prices," said {official}, who leads the union at the plant.
en quote "Our door remains open," a {company} spokesperson said in a statement. "But these demands are not realistic."
en closing Talks between the two sides are expected to resume next week, according to the labor ministry.
en closing It is the first strike at the plant since it opened in 2009.
es title Huelga en {company} por los salarios
es title La huelga paraliza la planta de {company} en {place}
es lead Unos {workers} trabajadores de {company} iniciaron {when} una huelga en {place} para exigir una subida salarial del {raise}, según el sindicato.
es lead La producción se detuvo {when} en la planta de {company} en {place} después de que {workers} empleados abandonaran sus puestos por un conflicto salarial.
es detail El sindicato aseguró que la huelga durará {days} días si la dirección no mejora su oferta.
es detail {company} ha ofrecido una subida del 2 por ciento, que los representantes sindicales calificaron de insulto.
es detail Los piquetes se formaron antes del amanecer ante las puertas principales y los camiones no pudieron entrar.
es detail La empresa afirmó que el paro le cuesta {money} al día.
es quote «No pedimos lujos, solo no perder frente a los precios», dijo {official}, líder sindical de la planta.
es quote «Nuestra puerta sigue abierta, pero estas exigencias no son realistas», señaló un portavoz de {company} en un comunicado.
es closing Las negociaciones se retomarán la próxima semana, según el Ministerio de Trabajo.
es closing Es la primera huelga en la planta desde su apertura en 2009.
@election
facts share:pct:40:65 turnout:pct:35:80 votes:count:5000:900000 seats:count:5:40
en title {official} wins {place} mayoral race
en title {place} elects {official} as mayor with {share} of the vote
en lead {official} won the mayoral election in {place} {when} with {share} of the vote, according to official results.
en lead Voters in {place} chose {official} as their next mayor {when}, ending twelve years of rule by the same party.
en detail Turnout was {turnout}, the electoral commission said, with {votes} ballots cast.
en detail The winning coalition will hold {seats} seats on the city council.
en detail The runner-up, {person3}, conceded defeat shortly before midnight.
en quote "This city voted for change, and we will not waste a single day," {official} told supporters.
en quote "The numbers are clear and we respect them," said {person3}.
en closing The new mayor will take office at the start of next month.
es title {official} gana la alcaldía de {place}
es title {place} elige a {official} como alcalde con el {share} de los votos
es lead {official} ganó {when} las elecciones municipales de {place} con el {share} de los votos, según los resultados oficiales.
es lead Los votantes de {place} eligieron {when} a {official} como nuevo alcalde y pusieron fin a doce años de gobierno del mismo partido.
es detail La participación fue del {turnout}, informó la comisión electoral, con {votes} papeletas emitidas.
es detail La coalición ganadora tendrá {seats} escaños en el concejo municipal.
es detail El segundo candidato, {person3}, reconoció su derrota poco antes de la medianoche.
es quote «Esta ciudad votó por el cambio y no vamos a perder ni un día», dijo {official} ante sus seguidores.
es quote «Los números son claros y los respetamos», afirmó {person3}.
es closing El nuevo alcalde asumirá el cargo a principios del mes próximo.
@trial
facts years:count:2:20 fine:money:1:80 victims:count:30:5000
en title Former {company} executive sentenced to {years} years for fraud
en title Court in {place} convicts {person3} in {company} fraud case
en lead A court in {place} sentenced {person3}, a former finance director of {company}, to {years} years in prison {when} for defrauding {victims} investors.
en lead {person3}, who ran the accounts of {company} for a decade, was found guilty of fraud {when} and ordered to pay {fine}.
en detail Prosecutors said the scheme promised returns of 12 percent a month and collapsed within two years.
en detail The judge also ordered {company} to pay a fine of {fine}, according to the ruling.
en detail The court heard from {victims} victims, many of them retired teachers.
en quote "This was not a mistake, it was a plan," said {official}, the lead prosecutor.
en quote "We will appeal," said the defense lawyer, {person2}. "The evidence does not support this sentence."
en closing The defense has ten days to file an appeal.
es title Condenan a {years} años a un exdirectivo de {company} por fraude
es title Un tribunal de {place} condena a {person3} por el fraude de {company}
es lead Un tribunal de {place} condenó {when} a {person3}, exdirector financiero de {company}, a {years} años de prisión por estafar a {victims} inversores.
es lead {person3}, que llevó las cuentas de {company} durante una década, fue declarado culpable de fraude {when} y deberá pagar {fine}.
es detail La fiscalía explicó que el esquema prometía rentabilidades del 12 por ciento mensual y se derrumbó en dos años.
es detail El juez ordenó además a {company} pagar una multa de {fine}, según la sentencia.
es detail El tribunal escuchó a {victims} víctimas, muchas de ellas maestros jubilados.
es quote «No fue un error, fue un plan», dijo {official}, fiscal principal del caso.
es quote «Vamos a recurrir», anunció el abogado defensor, {person2}. «Las pruebas no sostienen esta condena».
es closing La defensa tiene diez días para presentar un recurso.
@explosion
facts dead:toll:1:15 injured:toll:3:80 workers:count:50:900
en title Explosion at {company} plant in {place} kills {dead}
en title Blast rocks chemical plant near {place}
en lead An explosion at a {company} plant in {place} killed {dead} workers and injured {injured} {when}, local authorities said.
en lead A powerful blast tore through a chemical plant on the outskirts of {place} {when}, killing {dead} people, according to the fire department.
en detail About {workers} people were working at the site when the explosion happened, the company said.
en detail Hospitals in {region} treated {injured} people, several of them for serious burns.
en detail Residents within two kilometres were told to keep their windows closed because of the smoke.
en quote "The whole building shook, and then there was fire everywhere," said {person2}, a worker who escaped.
en quote "It is too early to talk about causes," {official}, the plant manager, told reporters.
en closing Labor inspectors opened an investigation into safety at the plant.
es title Una explosión en la planta de {company} en {place} deja {dead} muertos
es title Fuerte explosión en una planta química cerca de {place}
es lead Una explosión en una planta de {company} en {place} mató a {dead} trabajadores e hirió a {injured} {when}, informaron las autoridades locales.
es lead Una fuerte explosión sacudió {when} una planta química a las afueras de {place} y causó {dead} muertos, según los bomberos.
es detail Unas {workers} personas trabajaban en el lugar en el momento de la explosión, según la empresa.
es detail Los hospitales de {region} atendieron a {injured} personas, varias de ellas con quemaduras graves.
es detail Se pidió a los vecinos en un radio de dos kilómetros que mantuvieran las ventanas cerradas por el humo.
es quote «Todo el edificio tembló y luego había fuego por todas partes», contó {person2}, un trabajador que logró salir.
es quote «Es pronto para hablar de causas», dijo a la prensa {official}, director de la planta.
es closing La inspección de trabajo abrió una investigación sobre la seguridad de la planta.
@protest
facts police:count:2000:30000 organizers:count:10000:150000 arrested:count:2:60
en title Thousands march in {place} against water price rise
en title Protest over water prices fills streets of {place}
en lead Thousands of people marched through {place} {when} to protest a planned rise in water prices, with police estimating the crowd at {police}.
en lead Organizers said {organizers} people joined a march in {place} {when} against higher water bills, while police put the number at {police}.
en detail Police said {arrested} people were detained after clashes near city hall.
en detail The regional water company, {company}, plans to raise prices by a fifth from next year.
en quote "We cannot pay more for something we need to live," said {person2}, a teacher who joined the march.
en quote "The increase is needed to fix pipes that are fifty years old," said {official}, a {company} spokesperson.
en closing Organizers said they would return to the streets next week if the plan was not withdrawn.
es title Miles de personas marchan en {place} contra la subida del agua
es title Las protestas por el precio del agua llenan las calles de {place}
es lead Miles de personas marcharon {when} por {place} contra la subida prevista del precio del agua; la policía cifró la asistencia en {police}.
es lead Los organizadores afirmaron que {organizers} personas participaron {when} en la marcha de {place} contra la subida del agua, mientras la policía habló de {police}.
es detail La policía informó de {arrested} detenidos tras los enfrentamientos cerca del ayuntamiento.
es detail La empresa regional de aguas, {company}, prevé subir los precios una quinta parte a partir del próximo año.
es quote «No podemos pagar más por algo que necesitamos para vivir», dijo {person2}, una maestra que participó en la marcha.
es quote «La subida es necesaria para arreglar tuberías de cincuenta años», explicó {official}, portavoz de {company}.
es closing Los organizadores anunciaron que volverán a salir a la calle la próxima semana si no se retira el plan.
@seizure
facts kilos:count:50:3000 arrested:count:2:20 value:money:2:150 containers:count:1:12
en title Police seize {kilos} kilograms of cocaine at port of {place}
en title {arrested} arrested after record drug haul in {place}
en lead Police seized {kilos} kilograms of cocaine hidden in a shipment of bananas at the port of {place} {when} and arrested {arrested} people, the interior ministry said.
en lead Customs officers in {place} found {kilos} kilograms of cocaine in {containers} containers {when}, in what officials called the largest seizure of the year.
en detail The drugs had a street value of about {value}, according to investigators.
en detail Those arrested include two port employees and a shipping agent, police said.
en quote "This is a heavy blow to the network that uses this port," said {official}, the regional police chief.
en closing The investigation is continuing, and more arrests are expected.
es title La policía incauta {kilos} kilos de cocaína en el puerto de {place}
es title {arrested} detenidos tras un alijo récord en {place}
es lead La policía incautó {when} {kilos} kilos de cocaína ocultos en un cargamento de plátanos en el puerto de {place} y detuvo a {arrested} personas, informó el Ministerio del Interior.
es lead Los agentes de aduanas de {place} hallaron {when} {kilos} kilos de cocaína en {containers} contenedores, la mayor incautación del año según las autoridades.
es detail La droga tenía un valor en la calle de unos {value}, según los investigadores.
es detail Entre los detenidos hay dos empleados del puerto y un agente marítimo, según la policía.
es quote «Es un golpe duro para la red que usa este puerto», afirmó {official}, jefe de la policía regional.
es closing La investigación sigue abierta y no se descartan más detenciones.
@generic
en background {place}, a town of about {population} people in the {region} region, is known for its olive groves and a weekly market that draws visitors from across the province.
en background Local officials said they would hold a news conference later in the day to give more details, and urged residents to follow only official channels for information.
en background The regional government of {region} said in a statement that it was in close contact with the national authorities and that extra staff had been sent to {place}.
en background Opposition politicians criticized the response. "People were left waiting for hours without any information," said {person4}, a member of the regional assembly.
en background According to the latest census, almost a third of the population of {place} is over 65, which local officials say makes any emergency harder to manage.
en background Shopkeepers on the main street said business had dropped sharply since the news broke. "Nobody is coming in," said {person5}, who owns a bakery near the square.
en background The mayor of {place}, {person4}, said the town would need months to recover and called on the national government to release funds quickly.
en background Reporters who reached the area saw police cars blocking the main road into {place} and long lines of vehicles waiting at a checkpoint.
en background Residents said it was not the first time. A similar episode in 2019 led to promises of investment that, according to neighborhood groups, were never kept.
en background Analysts at the University of {region} said the events showed how little had been done to prepare smaller towns, which often depend on volunteers.
es background {place}, una localidad de unos {population} habitantes de la región de {region}, es conocida por sus olivares y por un mercado semanal que atrae a visitantes de toda la provincia.
es background Las autoridades locales anunciaron una rueda de prensa para más tarde y pidieron a los vecinos que se informaran solo por los canales oficiales.
es background El gobierno regional de {region} aseguró en un comunicado que está en contacto con las autoridades nacionales y que ha enviado personal adicional a {place}.
es background La oposición criticó la gestión. «La gente estuvo horas esperando sin ninguna información», dijo {person4}, diputado de la asamblea regional.
es background Según el último censo, casi un tercio de la población de {place} tiene más de 65 años, lo que según las autoridades complica cualquier emergencia.
es background Los comerciantes de la calle principal aseguran que las ventas han caído desde que se conoció la noticia. «No entra nadie», dijo {person5}, dueña de una panadería junto a la plaza.
es background El alcalde de {place}, {person4}, afirmó que el pueblo necesitará meses para recuperarse y pidió al gobierno nacional que libere fondos con rapidez.
es background Los periodistas que llegaron a la zona vieron coches de policía cortando la carretera principal de acceso a {place} y largas filas de vehículos en un control.
es background Los vecinos recuerdan que no es la primera vez. Un episodio parecido en 2019 trajo promesas de inversión que, según las asociaciones vecinales, nunca se cumplieron.
es background Analistas de la Universidad de {region} señalaron que lo ocurrido muestra lo poco que se ha hecho para preparar a los municipios pequeños, que dependen a menudo de voluntarios.
'''


def parse_templates(text):
    kinds, kind = {}, None
    for line in text.strip().splitlines():
        if line.startswith('@'):
            kind = kinds.setdefault(line[1:], {'facts': [], 'en': {}, 'es': {}})
        elif line.startswith('facts '):
            for spec in line.split()[1:]:
                name, kind_of_fact, low, high = spec.split(':')
                kind['facts'].append((name, kind_of_fact, float(low), float(high)))
        else:
            lang, part, template = line.split(' ', 2)
            kind[lang].setdefault(part, []).append(template)
    return kinds


KINDS = parse_templates(TEMPLATES)
GENERIC = KINDS.pop('generic')


def true_facts(rng, kind):
    """The facts as they happened: counts spread log-uniformly, so small and large events mix."""
    facts = {}
    for name, kind_of_fact, low, high in KINDS[kind]['facts']:
        value = math.exp(rng.uniform(math.log(low), math.log(high)))
        facts[name] = round(value, 1) if kind_of_fact in ('money', 'pct') else round(value)
    return facts


def render_facts(kind, facts, rep):
    out = {}
    for name, kind_of_fact, _, _ in KINDS[kind]['facts']:
        value = facts[name]
        out[name] = {'count': lambda: rep.count(value), 'toll': lambda: rep.count(value, grows=True),
                     'money': lambda: rep.amount(value), 'pct': lambda: rep.share(value)}[kind_of_fact]()
    return out


class Reporter:
    """One outlet's view of the facts: mostly the truth, sometimes rounded, hedged or wrong."""

    def __init__(self, rng, lang, day_index):
        self.rng, self.lang, self.day_index = rng, lang, day_index

    def count(self, true_value, grows=False):
        rng, lang = self.rng, self.lang
        value = true_value
        if grows and self.day_index > 0:  # tolls rise in later reports
            value = true_value * (1 + 0.15 * self.day_index * rng.random())
        r = rng.random()
        if r < 0.6:
            text = number(value, lang, rng)
            return (('at least ' if lang == 'en' else 'al menos ') + text) if grows and rng.random() < 0.4 else text
        if r < 0.85:
            rounded = round(value, -1) if value >= 30 else round(value)
            word = rng.choice(['about', 'nearly', 'some', 'around'] if lang == 'en' else ['unos', 'casi', 'cerca de', 'alrededor de'])
            if word == 'unos' and rounded == 1:
                word = 'casi'
            return f'{word} {number(max(rounded, 1), lang)}'
        if r < 0.95:
            return number(max(1, value * rng.uniform(0.9, 1.1)), lang)
        return number(max(1, value * rng.choice([0.5, 0.6, 1.5, 2.0])), lang)  # a contradiction

    def amount(self, millions):
        r = self.rng.random()
        if r > 0.9:
            millions *= self.rng.choice([0.5, 2.0])
        elif r > 0.75:
            millions = round(millions * self.rng.uniform(0.9, 1.1), 1)
        return money(millions, self.lang)

    def share(self, p):
        return percent(p if self.rng.random() < 0.85 else p + self.rng.choice([-1.2, 0.8, 2.5]), self.lang, self.rng)


def person(rng, lang):
    return f'{rng.choice(first_names(lang))} {rng.choice(surnames())}' + (
        f' {rng.choice(surnames())}' if lang == 'es' and rng.random() < 0.3 else '')


def new_story(rng, number_of_story):
    kind = rng.choice(list(KINDS))
    start = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
    facts = true_facts(rng, kind)
    cast = {'place': place_name(rng), 'region': place_name(rng), 'company': company_name(rng),
            'company2': company_name(rng), 'official': person(rng, 'en' if rng.random() < 0.5 else 'es'),
            'person2': person(rng, 'es'), 'person3': person(rng, 'en'),
            'person4': person(rng, 'en'), 'person5': person(rng, 'es'),
            'population': rng.choice([4, 8, 15, 30, 60, 120]) * 1000 + rng.randrange(0, 1000, 100)}
    return {'kind': kind, 'start': start, 'facts': facts, 'cast': cast, 'n': number_of_story}


def when(published, event, lang, rng):
    """How the article dates the event: a weekday, 'yesterday', or a calendar date."""
    gap = (published - event).days
    if gap == 0 and rng.random() < 0.5:
        return 'today' if lang == 'en' else 'hoy'
    if gap == 1 and rng.random() < 0.4:
        return 'yesterday' if lang == 'en' else 'ayer'
    if gap < 7 and rng.random() < 0.7:
        return f'on {WEEKDAYS["en"][event.weekday()]}' if lang == 'en' else f'el {WEEKDAYS["es"][event.weekday()]}'
    if lang == 'en':
        return f'on {MONTHS["en"][event.month - 1]} {event.day}'
    return f'el {event.day} de {MONTHS["es"][event.month - 1]}'


def write_article(rng, story, lang, day_index):
    kind = KINDS[story['kind']]
    published = story['start'] + dt.timedelta(days=day_index)
    event = story['start'] - dt.timedelta(days=rng.choice([0, 0, 1]))
    rep = Reporter(rng, lang, day_index)
    values = dict(story['cast'])
    values.update(render_facts(story['kind'], story['facts'], rep))
    values['population'] = number(values['population'], lang)
    values['when'] = when(published, event, lang, rng)
    values['date'] = f'{MONTHS["en"][event.month - 1]} {event.day}' if lang == 'en' else f'{event.day} de {MONTHS["es"][event.month - 1]}'
    t = kind[lang]
    fill = lambda template: template.format(**values)
    paragraphs = [fill(rng.choice(t['lead']))]
    body = [fill(x) for x in rng.sample(t['detail'], k=min(len(t['detail']), rng.randint(2, 4)))]
    quotes = [fill(x) for x in rng.sample(t['quote'], k=min(len(t['quote']), rng.randint(1, 2)))]
    for q in quotes:
        body.insert(rng.randrange(len(body) + 1), q)
    for x in rng.sample(GENERIC[lang]['background'], k=rng.randint(3, 6)):
        body.insert(rng.randrange(1, len(body) + 1), fill(x))
    paragraphs += body
    if rng.random() < 0.7:
        paragraphs.append(fill(rng.choice(t['closing'])))
    text = '\n\n'.join(p[0].upper() + p[1:] for p in paragraphs)
    return fill(rng.choice(t['title'])), text, published


def light_edit(rng, text, lang, new_lead):
    """A wire copy as a second site runs it: often a lead of its own, a few words swapped."""
    paragraphs = text.split('\n\n')
    if rng.random() < 0.6 and len(paragraphs) > 2:
        paragraphs[0] = new_lead
    words = '\n\n'.join(paragraphs).split(' ')
    swaps = SYNONYMS[lang]
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(words))
        if words[i].lower() in swaps:
            words[i] = swaps[words[i].lower()]
    return ' '.join(words)


def slug(title):
    plain = unicodedata.normalize('NFKD', title).encode('ascii', 'ignore').decode()
    keep = ''.join(c.lower() if c.isalnum() else '-' for c in plain)
    return '-'.join(p for p in keep.split('-') if p)[:60]


def generate(count, seed):
    rng = random.Random(seed)
    articles = []  # (timestamp, article dict)
    story_number = 0
    while len(articles) < count:
        story = new_story(rng, story_number)
        story_number += 1
        size = min(1 + int(rng.expovariate(1 / 6)), 40, count - len(articles))
        spanish_share = rng.choice([0.0, 0.2, 0.5, 0.8, 1.0])
        written = []
        for _ in range(size):
            stamp_minutes = rng.randrange(6 * 60, 23 * 60)
            if written and rng.random() < 0.13:  # syndication: a copy of an earlier report
                original = rng.choice(written)
                text = original['text']
                if rng.random() < 0.5:
                    lead = write_article(rng, story, original['lang'], original['_day_index'])[1].split('\n\n')[0]
                    text = light_edit(rng, text, original['lang'], lead)
                outlet = rng.choice(OUTLETS[original['lang']])
                published = original['_day']
                art = {'lang': original['lang'], 'title': original['title'], 'text': text,
                       '_day_index': original['_day_index']}
                stamp_minutes = max(stamp_minutes, original['_minutes'] + rng.randrange(5, 120))
            else:
                lang = 'es' if rng.random() < spanish_share else 'en'
                day_index = min(int(rng.expovariate(1 / 2)), 25)
                title, text, published = write_article(rng, story, lang, day_index)
                outlet = rng.choice(OUTLETS[lang])
                art = {'lang': lang, 'title': title, 'text': text, '_day_index': day_index}
            art.update(outlet=outlet[0], _domain=outlet[1], _day=published, _minutes=stamp_minutes,
                       _story=story['n'])
            written.append(art)
        for art in written:
            stamp = dt.datetime.combine(art['_day'], dt.time()) + dt.timedelta(minutes=art['_minutes'])
            articles.append((stamp, len(articles), art))
    articles.sort(key=lambda x: (x[0], x[1]))
    for i, (stamp, _, art) in enumerate(articles):
        day = art['_day']
        yield {'id': f'synth-{seed}-{i}',
               'url': f'https://{art["_domain"]}/{day:%Y/%m/%d}/{slug(art["title"])}-{i}',
               'outlet': art['outlet'], 'title': art['title'],
               'published': stamp.strftime('%Y-%m-%dT%H:%M:00Z'), 'lang': art['lang'], 'text': art['text'],
               '_story': art['_story']}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--articles', type=int, required=True, help='number of articles to write')
    ap.add_argument('--seed', type=int, default=1, help='random seed (same seed, same corpus)')
    ap.add_argument('--truth', metavar='FILE', help='also write "id<TAB>story number" lines, to score clustering')
    args = ap.parse_args()
    if args.articles < 0:
        ap.error('--articles must be at least 0')
    out = sys.stdout
    truth = open(args.truth, 'w', encoding='utf-8') if args.truth else None
    for article in generate(args.articles, args.seed):
        story = article.pop('_story')
        if truth:
            truth.write(f'{article["id"]}\t{story}\n')
        out.write(json.dumps(article, ensure_ascii=False) + '\n')
    if truth:
        truth.close()


if __name__ == '__main__':
    main()
