/**
 * The markets of the demo book: for each country, how much of a Chinese kitchenware exporter's
 * business it carries, and the local colour a customer from there comes with (cities, names,
 * language, currency, mail hosts, phone format, legal forms, buying seasons, greetings).
 */
import type { NamePool } from './names.ts';

/** Buying peak that bends a seasonal customer's order rhythm. */
export type Season = 'christmas' | 'ramadan' | 'back_to_school' | 'diwali' | 'lunar_new_year';

/** Holiday a rep sends greetings for. */
export type Greeting = 'christmas' | 'new_year' | 'eid' | 'diwali' | 'lunar_new_year';

/** Word pools a company name is built from (see company-names.ts). */
export type WordCulture =
  | 'en' | 'de' | 'fr' | 'it' | 'es' | 'pt' | 'nl' | 'pl' | 'ru' | 'tr' | 'ar' | 'in' | 'id' | 'ja' | 'ko'
  | 'nordic' | 'fi' | 'cs' | 'el' | 'hu' | 'ro' | 'vi' | 'th' | 'ms' | 'hk';

/** World region, as a sales manager slices the book. */
export type WorldRegion =
  | 'Europe' | 'North America' | 'Latin America' | 'Middle East' | 'Africa' | 'South Asia'
  | 'East Asia' | 'Southeast Asia' | 'Oceania' | 'Central Asia';

/** A city: name, state or province, and its IANA zone when the country has several. */
export type City = readonly [city: string, region: string, zone?: string];

/** One market and its local colour. */
export interface CountryProfile {
  code: string;
  /** Relative share of customers. */
  weight: number;
  world: WorldRegion;
  /** Main IANA time zone. */
  zone: string;
  cities: readonly City[];
  /** Naming cultures of the people there, weighted (the Gulf employs many South Asians). */
  people: readonly (readonly [NamePool, number])[];
  /** Language a contact there usually writes in. */
  language: string;
  /** Share of contacts who prefer English anyway. */
  englishShare: number;
  /** Invoicing currency other than USD, and the share of customers who use it. */
  currency?: readonly [code: string, share: number];
  /** Country-code domain ending (`de`, `co.uk`), and the share of firms on `.com` instead. */
  tld: string;
  comShare: number;
  /** Free-mail hosts people there use, most common first. */
  freemail: readonly string[];
  /** Phone patterns: `#` any digit, `N` 1–9. */
  phones: readonly string[];
  /** Legal forms, appended (or, as in `PT …`, prefixed by the word pool's templates). */
  suffixes: readonly string[];
  words: WordCulture;
  seasons: readonly Season[];
  greetings: readonly Greeting[];
}

const EURO_XMAS: readonly Greeting[] = ['christmas'];
const GULF_FREEMAIL = ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com'];
const GULF_PEOPLE: readonly (readonly [NamePool, number])[] = [['ar', 5], ['in', 3], ['pk', 1.5], ['ph', 0.5]];

/** Every market in the book, in no particular order. */
export const COUNTRIES: readonly CountryProfile[] = [
  {
    code: 'US', weight: 14, world: 'North America', zone: 'America/New_York',
    cities: [['New York', 'New York', 'America/New_York'], ['Los Angeles', 'California', 'America/Los_Angeles'], ['Chicago', 'Illinois', 'America/Chicago'], ['Houston', 'Texas', 'America/Chicago'], ['Miami', 'Florida', 'America/New_York'], ['Atlanta', 'Georgia', 'America/New_York'], ['Dallas', 'Texas', 'America/Chicago'], ['Seattle', 'Washington', 'America/Los_Angeles'], ['Edison', 'New Jersey', 'America/New_York'], ['City of Industry', 'California', 'America/Los_Angeles'], ['Denver', 'Colorado', 'America/Denver'], ['Phoenix', 'Arizona', 'America/Phoenix'], ['Columbus', 'Ohio', 'America/New_York'], ['Minneapolis', 'Minnesota', 'America/Chicago']],
    people: [['us', 10], ['latam', 1], ['in', 0.6], ['ko', 0.3], ['he', 0.3]], language: 'en', englishShare: 1,
    tld: 'com', comShare: 1, freemail: ['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'icloud.com'],
    phones: ['+1 N## 555 01##'], suffixes: ['Inc.', 'LLC', 'Corp.', 'Co.'], words: 'en',
    seasons: ['christmas', 'back_to_school'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'CA', weight: 3, world: 'North America', zone: 'America/Toronto',
    cities: [['Toronto', 'Ontario', 'America/Toronto'], ['Mississauga', 'Ontario', 'America/Toronto'], ['Vancouver', 'British Columbia', 'America/Vancouver'], ['Montreal', 'Quebec', 'America/Toronto'], ['Calgary', 'Alberta', 'America/Edmonton'], ['Markham', 'Ontario', 'America/Toronto']],
    people: [['us', 6], ['fr', 1.5], ['hk', 1], ['in', 0.7]], language: 'en', englishShare: 1, currency: ['CAD', 0.2],
    tld: 'ca', comShare: 0.5, freemail: ['gmail.com', 'hotmail.com', 'shaw.ca', 'rogers.com', 'sympatico.ca'],
    phones: ['+1 N## 555 01##'], suffixes: ['Inc.', 'Ltd.', 'Corp.'], words: 'en',
    seasons: ['christmas', 'back_to_school'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'MX', weight: 3, world: 'Latin America', zone: 'America/Mexico_City',
    cities: [['Ciudad de México', 'CDMX'], ['Guadalajara', 'Jalisco'], ['Monterrey', 'Nuevo León', 'America/Monterrey'], ['Puebla', 'Puebla'], ['Tijuana', 'Baja California', 'America/Tijuana'], ['León', 'Guanajuato']],
    people: [['latam', 1]], language: 'es', englishShare: 0.2,
    tld: 'com.mx', comShare: 0.45, freemail: ['gmail.com', 'hotmail.com', 'prodigy.net.mx', 'yahoo.com.mx'],
    phones: ['+52 55 #### ####', '+52 33 #### ####', '+52 81 #### ####'], suffixes: ['S.A. de C.V.', 'S. de R.L. de C.V.'], words: 'es',
    seasons: ['christmas'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'BR', weight: 3, world: 'Latin America', zone: 'America/Sao_Paulo',
    cities: [['São Paulo', 'São Paulo'], ['Rio de Janeiro', 'Rio de Janeiro'], ['Curitiba', 'Paraná'], ['Belo Horizonte', 'Minas Gerais'], ['Porto Alegre', 'Rio Grande do Sul'], ['Manaus', 'Amazonas', 'America/Manaus'], ['Itajaí', 'Santa Catarina']],
    people: [['br', 1]], language: 'pt', englishShare: 0.25,
    tld: 'com.br', comShare: 0.25, freemail: ['gmail.com', 'hotmail.com', 'uol.com.br', 'bol.com.br', 'terra.com.br'],
    phones: ['+55 11 ####-####', '+55 11 9####-####', '+55 41 ####-####'], suffixes: ['Ltda.', 'S.A.', 'Eireli'], words: 'pt',
    seasons: ['christmas'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'AR', weight: 1, world: 'Latin America', zone: 'America/Argentina/Buenos_Aires',
    cities: [['Buenos Aires', 'CABA'], ['Córdoba', 'Córdoba', 'America/Argentina/Cordoba'], ['Rosario', 'Santa Fe'], ['Mendoza', 'Mendoza', 'America/Argentina/Mendoza']],
    people: [['latam', 3], ['it', 1]], language: 'es', englishShare: 0.2,
    tld: 'com.ar', comShare: 0.3, freemail: ['gmail.com', 'hotmail.com', 'yahoo.com.ar'],
    phones: ['+54 11 ####-####', '+54 9 11 ####-####'], suffixes: ['S.A.', 'S.R.L.'], words: 'es',
    seasons: ['christmas'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'CL', weight: 1.5, world: 'Latin America', zone: 'America/Santiago',
    cities: [['Santiago', 'Región Metropolitana'], ['Valparaíso', 'Valparaíso'], ['Concepción', 'Biobío'], ['Iquique', 'Tarapacá']],
    people: [['latam', 1]], language: 'es', englishShare: 0.25,
    tld: 'cl', comShare: 0.3, freemail: ['gmail.com', 'hotmail.com'],
    phones: ['+56 2 #### ####', '+56 9 #### ####'], suffixes: ['SpA', 'Ltda.', 'S.A.'], words: 'es',
    seasons: ['christmas'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'CO', weight: 1.2, world: 'Latin America', zone: 'America/Bogota',
    cities: [['Bogotá', 'Cundinamarca'], ['Medellín', 'Antioquia'], ['Cali', 'Valle del Cauca'], ['Barranquilla', 'Atlántico']],
    people: [['latam', 1]], language: 'es', englishShare: 0.2,
    tld: 'com.co', comShare: 0.35, freemail: ['gmail.com', 'hotmail.com'],
    phones: ['+57 1 ### ####', '+57 3## ### ####'], suffixes: ['S.A.S.', 'S.A.', 'Ltda.'], words: 'es',
    seasons: ['christmas'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'PE', weight: 1, world: 'Latin America', zone: 'America/Lima',
    cities: [['Lima', 'Lima'], ['Arequipa', 'Arequipa'], ['Trujillo', 'La Libertad']],
    people: [['latam', 1]], language: 'es', englishShare: 0.15,
    tld: 'com.pe', comShare: 0.35, freemail: ['gmail.com', 'hotmail.com'],
    phones: ['+51 1 ### ####', '+51 9## ### ###'], suffixes: ['S.A.C.', 'E.I.R.L.', 'S.A.'], words: 'es',
    seasons: ['christmas'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'GB', weight: 6, world: 'Europe', zone: 'Europe/London',
    cities: [['London', 'Greater London'], ['Manchester', 'Greater Manchester'], ['Birmingham', 'West Midlands'], ['Leeds', 'West Yorkshire'], ['Bristol', 'Bristol'], ['Glasgow', 'Scotland'], ['Leicester', 'Leicestershire'], ['Milton Keynes', 'Buckinghamshire']],
    people: [['gb', 10], ['in', 1], ['pk', 0.5]], language: 'en', englishShare: 1, currency: ['GBP', 0.35],
    tld: 'co.uk', comShare: 0.35, freemail: ['gmail.com', 'hotmail.co.uk', 'yahoo.co.uk', 'btinternet.com', 'outlook.com'],
    phones: ['+44 20 7946 0###', '+44 161 496 0###', '+44 113 496 0###', '+44 7700 900###'], suffixes: ['Ltd', 'Limited', 'Ltd.'], words: 'en',
    seasons: ['christmas', 'back_to_school'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'IE', weight: 0.6, world: 'Europe', zone: 'Europe/Dublin',
    cities: [['Dublin', 'Leinster'], ['Cork', 'Munster'], ['Galway', 'Connacht']],
    people: [['gb', 1]], language: 'en', englishShare: 1, currency: ['EUR', 0.4],
    tld: 'ie', comShare: 0.4, freemail: ['gmail.com', 'eircom.net', 'hotmail.com'],
    phones: ['+353 1 ### ####', '+353 8# ### ####'], suffixes: ['Ltd', 'Limited'], words: 'en',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'DE', weight: 6, world: 'Europe', zone: 'Europe/Berlin',
    cities: [['Hamburg', 'Hamburg'], ['München', 'Bayern'], ['Köln', 'Nordrhein-Westfalen'], ['Düsseldorf', 'Nordrhein-Westfalen'], ['Frankfurt', 'Hessen'], ['Stuttgart', 'Baden-Württemberg'], ['Berlin', 'Berlin'], ['Bremen', 'Bremen'], ['Nürnberg', 'Bayern'], ['Leipzig', 'Sachsen'], ['Bielefeld', 'Nordrhein-Westfalen']],
    people: [['de', 12], ['tr', 1], ['pl', 0.5]], language: 'de', englishShare: 0.35, currency: ['EUR', 0.5],
    tld: 'de', comShare: 0.15, freemail: ['gmx.de', 'web.de', 't-online.de', 'gmail.com'],
    phones: ['+49 40 #######', '+49 89 #######', '+49 221 ######', '+49 15# ########'], suffixes: ['GmbH', 'GmbH & Co. KG', 'AG', 'KG', 'e.K.'], words: 'de',
    seasons: ['christmas', 'back_to_school'], greetings: EURO_XMAS,
  },
  {
    code: 'AT', weight: 0.8, world: 'Europe', zone: 'Europe/Vienna',
    cities: [['Wien', 'Wien'], ['Graz', 'Steiermark'], ['Linz', 'Oberösterreich'], ['Salzburg', 'Salzburg']],
    people: [['de', 1]], language: 'de', englishShare: 0.3, currency: ['EUR', 0.55],
    tld: 'at', comShare: 0.15, freemail: ['gmx.at', 'gmail.com'],
    phones: ['+43 1 ### ####', '+43 664 ### ####'], suffixes: ['GmbH', 'KG'], words: 'de',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'CH', weight: 0.8, world: 'Europe', zone: 'Europe/Zurich',
    cities: [['Zürich', 'Zürich'], ['Basel', 'Basel-Stadt'], ['Genève', 'Genève'], ['Bern', 'Bern'], ['Lugano', 'Ticino']],
    people: [['de', 3], ['fr', 1], ['it', 0.5]], language: 'de', englishShare: 0.4, currency: ['CHF', 0.4],
    tld: 'ch', comShare: 0.2, freemail: ['bluewin.ch', 'gmail.com'],
    phones: ['+41 44 ### ## ##', '+41 79 ### ## ##'], suffixes: ['AG', 'GmbH', 'SA'], words: 'de',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'FR', weight: 4, world: 'Europe', zone: 'Europe/Paris',
    cities: [['Paris', 'Île-de-France'], ['Lyon', 'Auvergne-Rhône-Alpes'], ['Marseille', "Provence-Alpes-Côte d'Azur"], ['Lille', 'Hauts-de-France'], ['Bordeaux', 'Nouvelle-Aquitaine'], ['Toulouse', 'Occitanie'], ['Nantes', 'Pays de la Loire'], ['Strasbourg', 'Grand Est']],
    people: [['fr', 10], ['ar', 1]], language: 'fr', englishShare: 0.2, currency: ['EUR', 0.55],
    tld: 'fr', comShare: 0.2, freemail: ['orange.fr', 'wanadoo.fr', 'free.fr', 'gmail.com', 'yahoo.fr'],
    phones: ['+33 1 ## ## ## ##', '+33 4 ## ## ## ##', '+33 6 ## ## ## ##'], suffixes: ['SARL', 'SAS', 'SA'], words: 'fr',
    seasons: ['christmas', 'back_to_school'], greetings: EURO_XMAS,
  },
  {
    code: 'BE', weight: 1.2, world: 'Europe', zone: 'Europe/Brussels',
    cities: [['Antwerpen', 'Flanders'], ['Bruxelles', 'Brussels'], ['Gent', 'Flanders'], ['Liège', 'Wallonia']],
    people: [['nl', 2], ['fr', 1.5]], language: 'nl', englishShare: 0.4, currency: ['EUR', 0.55],
    tld: 'be', comShare: 0.2, freemail: ['skynet.be', 'telenet.be', 'gmail.com'],
    phones: ['+32 3 ### ## ##', '+32 2 ### ## ##', '+32 4## ## ## ##'], suffixes: ['BV', 'NV', 'SRL'], words: 'nl',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'NL', weight: 3, world: 'Europe', zone: 'Europe/Amsterdam',
    cities: [['Rotterdam', 'Zuid-Holland'], ['Amsterdam', 'Noord-Holland'], ['Utrecht', 'Utrecht'], ['Eindhoven', 'Noord-Brabant'], ['Venlo', 'Limburg'], ['Tilburg', 'Noord-Brabant']],
    people: [['nl', 10], ['tr', 0.5]], language: 'nl', englishShare: 0.7, currency: ['EUR', 0.5],
    tld: 'nl', comShare: 0.25, freemail: ['gmail.com', 'hotmail.com', 'kpnmail.nl'],
    phones: ['+31 10 ### ####', '+31 20 ### ####', '+31 6 ########'], suffixes: ['B.V.'], words: 'nl',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'IT', weight: 3.5, world: 'Europe', zone: 'Europe/Rome',
    cities: [['Milano', 'Lombardia'], ['Roma', 'Lazio'], ['Napoli', 'Campania'], ['Torino', 'Piemonte'], ['Bologna', 'Emilia-Romagna'], ['Padova', 'Veneto'], ['Firenze', 'Toscana'], ['Bari', 'Puglia']],
    people: [['it', 1]], language: 'it', englishShare: 0.2, currency: ['EUR', 0.6],
    tld: 'it', comShare: 0.2, freemail: ['libero.it', 'alice.it', 'virgilio.it', 'gmail.com', 'tiscali.it'],
    phones: ['+39 02 #######', '+39 06 #######', '+39 3## ### ####'], suffixes: ['S.r.l.', 'S.p.A.', 'S.n.c.'], words: 'it',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'ES', weight: 3.5, world: 'Europe', zone: 'Europe/Madrid',
    cities: [['Madrid', 'Comunidad de Madrid'], ['Barcelona', 'Cataluña'], ['Valencia', 'Comunidad Valenciana'], ['Sevilla', 'Andalucía'], ['Zaragoza', 'Aragón'], ['Bilbao', 'País Vasco'], ['Málaga', 'Andalucía'], ['Las Palmas', 'Canarias', 'Atlantic/Canary']],
    people: [['es', 1]], language: 'es', englishShare: 0.2, currency: ['EUR', 0.6],
    tld: 'es', comShare: 0.3, freemail: ['gmail.com', 'hotmail.com', 'yahoo.es'],
    phones: ['+34 91 ### ## ##', '+34 93 ### ## ##', '+34 6## ### ###'], suffixes: ['S.L.', 'S.A.'], words: 'es',
    seasons: ['christmas', 'back_to_school'], greetings: EURO_XMAS,
  },
  {
    code: 'PT', weight: 1, world: 'Europe', zone: 'Europe/Lisbon',
    cities: [['Lisboa', 'Lisboa'], ['Porto', 'Porto'], ['Braga', 'Braga'], ['Funchal', 'Madeira', 'Atlantic/Madeira']],
    people: [['pt', 1]], language: 'pt', englishShare: 0.35, currency: ['EUR', 0.6],
    tld: 'pt', comShare: 0.2, freemail: ['gmail.com', 'sapo.pt', 'hotmail.com'],
    phones: ['+351 21# ### ###', '+351 22# ### ###', '+351 91# ### ###'], suffixes: ['Lda.', 'S.A.'], words: 'pt',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'PL', weight: 3, world: 'Europe', zone: 'Europe/Warsaw',
    cities: [['Warszawa', 'Mazowieckie'], ['Kraków', 'Małopolskie'], ['Łódź', 'Łódzkie'], ['Wrocław', 'Dolnośląskie'], ['Poznań', 'Wielkopolskie'], ['Gdańsk', 'Pomorskie']],
    people: [['pl', 1]], language: 'pl', englishShare: 0.5, currency: ['EUR', 0.25],
    tld: 'pl', comShare: 0.15, freemail: ['wp.pl', 'o2.pl', 'interia.pl', 'onet.pl', 'gmail.com'],
    phones: ['+48 22 ### ## ##', '+48 12 ### ## ##', '+48 5## ### ###'], suffixes: ['Sp. z o.o.', 'S.A.', 'Sp. j.'], words: 'pl',
    seasons: ['christmas', 'back_to_school'], greetings: EURO_XMAS,
  },
  {
    code: 'CZ', weight: 1, world: 'Europe', zone: 'Europe/Prague',
    cities: [['Praha', 'Praha'], ['Brno', 'Jihomoravský kraj'], ['Ostrava', 'Moravskoslezský kraj'], ['Plzeň', 'Plzeňský kraj']],
    people: [['cs', 1]], language: 'cs', englishShare: 0.5, currency: ['EUR', 0.3],
    tld: 'cz', comShare: 0.1, freemail: ['seznam.cz', 'centrum.cz', 'gmail.com'],
    phones: ['+420 2## ### ###', '+420 6## ### ###', '+420 7## ### ###'], suffixes: ['s.r.o.', 'a.s.'], words: 'cs',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'HU', weight: 0.6, world: 'Europe', zone: 'Europe/Budapest',
    cities: [['Budapest', 'Budapest'], ['Debrecen', 'Hajdú-Bihar'], ['Győr', 'Győr-Moson-Sopron']],
    people: [['hu', 1]], language: 'hu', englishShare: 0.5, currency: ['EUR', 0.3],
    tld: 'hu', comShare: 0.15, freemail: ['freemail.hu', 'gmail.com'],
    phones: ['+36 1 ### ####', '+36 30 ### ####'], suffixes: ['Kft.', 'Zrt.'], words: 'hu',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'RO', weight: 1, world: 'Europe', zone: 'Europe/Bucharest',
    cities: [['București', 'București'], ['Cluj-Napoca', 'Cluj'], ['Timișoara', 'Timiș'], ['Constanța', 'Constanța']],
    people: [['ro', 1]], language: 'ro', englishShare: 0.5, currency: ['EUR', 0.35],
    tld: 'ro', comShare: 0.2, freemail: ['yahoo.ro', 'gmail.com', 'yahoo.com'],
    phones: ['+40 21 ### ####', '+40 7## ### ###'], suffixes: ['S.R.L.', 'S.A.'], words: 'ro',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'GR', weight: 0.8, world: 'Europe', zone: 'Europe/Athens',
    cities: [['Athina', 'Attiki'], ['Thessaloniki', 'Kentriki Makedonia'], ['Patra', 'Dytiki Ellada'], ['Piraeus', 'Attiki']],
    people: [['el', 1]], language: 'el', englishShare: 0.6, currency: ['EUR', 0.55],
    tld: 'gr', comShare: 0.3, freemail: ['gmail.com', 'yahoo.gr', 'hotmail.com'],
    phones: ['+30 21# ### ####', '+30 69# ### ####'], suffixes: ['S.A.', 'IKE', 'E.P.E.'], words: 'el',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'SE', weight: 1.2, world: 'Europe', zone: 'Europe/Stockholm',
    cities: [['Stockholm', 'Stockholms län'], ['Göteborg', 'Västra Götaland'], ['Malmö', 'Skåne'], ['Jönköping', 'Jönköpings län']],
    people: [['sv', 1]], language: 'sv', englishShare: 0.8, currency: ['SEK', 0.25],
    tld: 'se', comShare: 0.2, freemail: ['gmail.com', 'hotmail.com', 'outlook.com'],
    phones: ['+46 8 ### ### ##', '+46 31 ### ## ##', '+46 70 ### ## ##'], suffixes: ['AB'], words: 'nordic',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'NO', weight: 0.7, world: 'Europe', zone: 'Europe/Oslo',
    cities: [['Oslo', 'Oslo'], ['Bergen', 'Vestland'], ['Trondheim', 'Trøndelag'], ['Stavanger', 'Rogaland']],
    people: [['no', 1]], language: 'no', englishShare: 0.8, currency: ['EUR', 0.2],
    tld: 'no', comShare: 0.2, freemail: ['gmail.com', 'hotmail.com'],
    phones: ['+47 2# ## ## ##', '+47 9## ## ###'], suffixes: ['AS'], words: 'nordic',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'DK', weight: 0.8, world: 'Europe', zone: 'Europe/Copenhagen',
    cities: [['København', 'Hovedstaden'], ['Aarhus', 'Midtjylland'], ['Odense', 'Syddanmark'], ['Aalborg', 'Nordjylland']],
    people: [['da', 1]], language: 'da', englishShare: 0.8, currency: ['EUR', 0.3],
    tld: 'dk', comShare: 0.2, freemail: ['gmail.com', 'hotmail.dk'],
    phones: ['+45 3# ## ## ##', '+45 2# ## ## ##'], suffixes: ['ApS', 'A/S'], words: 'nordic',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'FI', weight: 0.6, world: 'Europe', zone: 'Europe/Helsinki',
    cities: [['Helsinki', 'Uusimaa'], ['Tampere', 'Pirkanmaa'], ['Turku', 'Varsinais-Suomi'], ['Oulu', 'Pohjois-Pohjanmaa']],
    people: [['fi', 1]], language: 'fi', englishShare: 0.8, currency: ['EUR', 0.55],
    tld: 'fi', comShare: 0.15, freemail: ['gmail.com', 'luukku.com'],
    phones: ['+358 9 #### ####', '+358 40 ### ####'], suffixes: ['Oy', 'Oy Ab'], words: 'fi',
    seasons: ['christmas'], greetings: EURO_XMAS,
  },
  {
    code: 'RU', weight: 4, world: 'Europe', zone: 'Europe/Moscow',
    cities: [['Moscow', 'Moscow', 'Europe/Moscow'], ['Saint Petersburg', 'Saint Petersburg', 'Europe/Moscow'], ['Yekaterinburg', 'Sverdlovsk Oblast', 'Asia/Yekaterinburg'], ['Novosibirsk', 'Novosibirsk Oblast', 'Asia/Novosibirsk'], ['Kazan', 'Tatarstan', 'Europe/Moscow'], ['Vladivostok', 'Primorsky Krai', 'Asia/Vladivostok'], ['Krasnodar', 'Krasnodar Krai', 'Europe/Moscow']],
    people: [['ru', 1]], language: 'ru', englishShare: 0.3, currency: ['CNY', 0.55],
    tld: 'ru', comShare: 0.15, freemail: ['yandex.ru', 'mail.ru', 'gmail.com', 'rambler.ru', 'bk.ru'],
    phones: ['+7 495 ###-##-##', '+7 812 ###-##-##', '+7 9## ###-##-##'], suffixes: ['LLC'], words: 'ru',
    seasons: ['christmas'], greetings: ['new_year'],
  },
  {
    code: 'UA', weight: 1, world: 'Europe', zone: 'Europe/Kyiv',
    cities: [['Kyiv', 'Kyiv'], ['Odesa', 'Odesa Oblast'], ['Lviv', 'Lviv Oblast'], ['Dnipro', 'Dnipropetrovsk Oblast'], ['Kharkiv', 'Kharkiv Oblast']],
    people: [['ua', 1]], language: 'uk', englishShare: 0.4,
    tld: 'com.ua', comShare: 0.3, freemail: ['ukr.net', 'gmail.com', 'i.ua'],
    phones: ['+380 44 ### ## ##', '+380 67 ### ## ##'], suffixes: ['LLC'], words: 'ru',
    seasons: ['christmas'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'TR', weight: 2.5, world: 'Middle East', zone: 'Europe/Istanbul',
    cities: [['İstanbul', 'İstanbul'], ['Ankara', 'Ankara'], ['İzmir', 'İzmir'], ['Bursa', 'Bursa'], ['Gaziantep', 'Gaziantep'], ['Antalya', 'Antalya']],
    people: [['tr', 1]], language: 'tr', englishShare: 0.4, currency: ['EUR', 0.2],
    tld: 'com.tr', comShare: 0.4, freemail: ['gmail.com', 'hotmail.com', 'yahoo.com'],
    phones: ['+90 212 ### ## ##', '+90 232 ### ## ##', '+90 5## ### ## ##'], suffixes: ['Ltd. Şti.', 'A.Ş.'], words: 'tr',
    seasons: ['ramadan', 'back_to_school'], greetings: ['eid', 'new_year'],
  },
  {
    code: 'AE', weight: 4, world: 'Middle East', zone: 'Asia/Dubai',
    cities: [['Dubai', 'Dubai'], ['Sharjah', 'Sharjah'], ['Abu Dhabi', 'Abu Dhabi'], ['Ajman', 'Ajman'], ['Jebel Ali', 'Dubai']],
    people: GULF_PEOPLE, language: 'en', englishShare: 1, currency: ['AED', 0.2],
    tld: 'ae', comShare: 0.65, freemail: GULF_FREEMAIL,
    phones: ['+971 4 ### ####', '+971 6 ### ####', '+971 5# ### ####'], suffixes: ['LLC', 'General Trading LLC', 'FZE', 'FZCO', 'Trading L.L.C.'], words: 'ar',
    seasons: ['ramadan'], greetings: ['eid', 'new_year'],
  },
  {
    code: 'SA', weight: 3, world: 'Middle East', zone: 'Asia/Riyadh',
    cities: [['Riyadh', 'Riyadh Province'], ['Jeddah', 'Makkah Province'], ['Dammam', 'Eastern Province'], ['Khobar', 'Eastern Province'], ['Madinah', 'Madinah Province']],
    people: [['ar', 7], ['in', 1], ['pk', 1]], language: 'ar', englishShare: 0.6, currency: ['SAR', 0.25],
    tld: 'com.sa', comShare: 0.6, freemail: GULF_FREEMAIL,
    phones: ['+966 11 ### ####', '+966 12 ### ####', '+966 5# ### ####'], suffixes: ['Est.', 'Co.', 'Trading Co.', 'Co. Ltd.'], words: 'ar',
    seasons: ['ramadan'], greetings: ['eid'],
  },
  {
    code: 'QA', weight: 0.6, world: 'Middle East', zone: 'Asia/Qatar',
    cities: [['Doha', 'Doha'], ['Al Rayyan', 'Al Rayyan']],
    people: GULF_PEOPLE, language: 'en', englishShare: 0.9,
    tld: 'com.qa', comShare: 0.6, freemail: GULF_FREEMAIL,
    phones: ['+974 44## ####', '+974 55## ####'], suffixes: ['W.L.L.', 'Trading W.L.L.'], words: 'ar',
    seasons: ['ramadan'], greetings: ['eid'],
  },
  {
    code: 'KW', weight: 0.6, world: 'Middle East', zone: 'Asia/Kuwait',
    cities: [['Kuwait City', 'Al Asimah'], ['Hawalli', 'Hawalli'], ['Shuwaikh', 'Al Asimah']],
    people: GULF_PEOPLE, language: 'ar', englishShare: 0.7,
    tld: 'com.kw', comShare: 0.6, freemail: GULF_FREEMAIL,
    phones: ['+965 22## ####', '+965 99## ####'], suffixes: ['W.L.L.', 'General Trading Co. W.L.L.'], words: 'ar',
    seasons: ['ramadan'], greetings: ['eid'],
  },
  {
    code: 'OM', weight: 0.4, world: 'Middle East', zone: 'Asia/Muscat',
    cities: [['Muscat', 'Muscat'], ['Sohar', 'Al Batinah North'], ['Salalah', 'Dhofar']],
    people: GULF_PEOPLE, language: 'ar', englishShare: 0.7,
    tld: 'com.om', comShare: 0.6, freemail: GULF_FREEMAIL,
    phones: ['+968 24 ### ###', '+968 9### ####'], suffixes: ['LLC', 'S.A.O.C.'], words: 'ar',
    seasons: ['ramadan'], greetings: ['eid'],
  },
  {
    code: 'IL', weight: 1.5, world: 'Middle East', zone: 'Asia/Jerusalem',
    cities: [['Tel Aviv', 'Tel Aviv District'], ['Haifa', 'Haifa District'], ['Rishon LeZion', 'Central District'], ['Petah Tikva', 'Central District'], ['Jerusalem', 'Jerusalem District']],
    people: [['he', 1]], language: 'he', englishShare: 0.8,
    tld: 'co.il', comShare: 0.4, freemail: ['gmail.com', 'walla.co.il', 'hotmail.com'],
    phones: ['+972 3-###-####', '+972 5#-###-####'], suffixes: ['Ltd.', 'Ltd'], words: 'en',
    seasons: ['christmas'], greetings: ['new_year'],
  },
  {
    code: 'EG', weight: 1.2, world: 'Africa', zone: 'Africa/Cairo',
    cities: [['Cairo', 'Cairo'], ['Alexandria', 'Alexandria'], ['Giza', 'Giza'], ['Port Said', 'Port Said']],
    people: [['ar', 1]], language: 'ar', englishShare: 0.6,
    tld: 'com.eg', comShare: 0.55, freemail: ['gmail.com', 'yahoo.com', 'hotmail.com'],
    phones: ['+20 2 #### ####', '+20 3 ### ####', '+20 10 #### ####'], suffixes: ['S.A.E.', 'Co.', 'for Trading'], words: 'ar',
    seasons: ['ramadan'], greetings: ['eid', 'new_year'],
  },
  {
    code: 'MA', weight: 0.8, world: 'Africa', zone: 'Africa/Casablanca',
    cities: [['Casablanca', 'Casablanca-Settat'], ['Tanger', 'Tanger-Tétouan-Al Hoceïma'], ['Marrakech', 'Marrakech-Safi'], ['Agadir', 'Souss-Massa']],
    people: [['ar', 2], ['fr', 1]], language: 'fr', englishShare: 0.3, currency: ['EUR', 0.35],
    tld: 'ma', comShare: 0.45, freemail: ['gmail.com', 'hotmail.fr', 'yahoo.fr'],
    phones: ['+212 522-######', '+212 6##-######'], suffixes: ['SARL', 'S.A.'], words: 'fr',
    seasons: ['ramadan'], greetings: ['eid', 'new_year'],
  },
  {
    code: 'NG', weight: 1.5, world: 'Africa', zone: 'Africa/Lagos',
    cities: [['Lagos', 'Lagos State'], ['Abuja', 'FCT'], ['Kano', 'Kano State'], ['Onitsha', 'Anambra State'], ['Port Harcourt', 'Rivers State']],
    people: [['ng', 6], ['hk', 0.5]], language: 'en', englishShare: 1,
    tld: 'com.ng', comShare: 0.6, freemail: ['gmail.com', 'yahoo.com', 'outlook.com'],
    phones: ['+234 1 ### ####', '+234 80# ### ####'], suffixes: ['Ltd', 'Nigeria Ltd', 'Enterprises', 'Global Ventures Ltd'], words: 'en',
    seasons: ['christmas', 'ramadan'], greetings: ['christmas', 'eid'],
  },
  {
    code: 'GH', weight: 0.5, world: 'Africa', zone: 'Africa/Accra',
    cities: [['Accra', 'Greater Accra'], ['Kumasi', 'Ashanti'], ['Tema', 'Greater Accra']],
    people: [['ng', 1]], language: 'en', englishShare: 1,
    tld: 'com.gh', comShare: 0.6, freemail: ['gmail.com', 'yahoo.com'],
    phones: ['+233 30 ### ####', '+233 24 ### ####'], suffixes: ['Ltd', 'Enterprise', 'Company Limited'], words: 'en',
    seasons: ['christmas'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'KE', weight: 0.8, world: 'Africa', zone: 'Africa/Nairobi',
    cities: [['Nairobi', 'Nairobi County'], ['Mombasa', 'Mombasa County'], ['Kisumu', 'Kisumu County'], ['Nakuru', 'Nakuru County']],
    people: [['ke', 5], ['in', 1]], language: 'en', englishShare: 1,
    tld: 'co.ke', comShare: 0.5, freemail: ['gmail.com', 'yahoo.com'],
    phones: ['+254 20 ### ####', '+254 7## ######'], suffixes: ['Ltd', 'Limited', 'Enterprises Ltd'], words: 'en',
    seasons: ['christmas'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'ZA', weight: 2, world: 'Africa', zone: 'Africa/Johannesburg',
    cities: [['Johannesburg', 'Gauteng'], ['Cape Town', 'Western Cape'], ['Durban', 'KwaZulu-Natal'], ['Pretoria', 'Gauteng'], ['Port Elizabeth', 'Eastern Cape']],
    people: [['za', 1]], language: 'en', englishShare: 1,
    tld: 'co.za', comShare: 0.3, freemail: ['gmail.com', 'webmail.co.za', 'outlook.com'],
    phones: ['+27 11 ### ####', '+27 21 ### ####', '+27 8# ### ####'], suffixes: ['(Pty) Ltd', 'CC'], words: 'en',
    seasons: ['christmas', 'back_to_school'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'IN', weight: 3, world: 'South Asia', zone: 'Asia/Kolkata',
    cities: [['Mumbai', 'Maharashtra'], ['New Delhi', 'Delhi'], ['Bengaluru', 'Karnataka'], ['Chennai', 'Tamil Nadu'], ['Ahmedabad', 'Gujarat'], ['Kolkata', 'West Bengal'], ['Hyderabad', 'Telangana'], ['Ludhiana', 'Punjab']],
    people: [['in', 1]], language: 'en', englishShare: 1,
    tld: 'in', comShare: 0.55, freemail: ['gmail.com', 'yahoo.co.in', 'rediffmail.com'],
    phones: ['+91 22 #### ####', '+91 11 #### ####', '+91 9#### #####'], suffixes: ['Pvt. Ltd.', 'Private Limited', 'LLP', '& Co.'], words: 'in',
    seasons: ['diwali'], greetings: ['diwali', 'new_year'],
  },
  {
    code: 'PK', weight: 1.5, world: 'South Asia', zone: 'Asia/Karachi',
    cities: [['Karachi', 'Sindh'], ['Lahore', 'Punjab'], ['Islamabad', 'Islamabad Capital Territory'], ['Faisalabad', 'Punjab']],
    people: [['pk', 1]], language: 'en', englishShare: 0.9,
    tld: 'com.pk', comShare: 0.6, freemail: ['gmail.com', 'hotmail.com', 'yahoo.com'],
    phones: ['+92 21 #######', '+92 42 #######', '+92 3## #######'], suffixes: ['(Pvt.) Ltd.', '& Co.', 'Enterprises', 'Traders'], words: 'en',
    seasons: ['ramadan'], greetings: ['eid'],
  },
  {
    code: 'BD', weight: 1, world: 'South Asia', zone: 'Asia/Dhaka',
    cities: [['Dhaka', 'Dhaka Division'], ['Chattogram', 'Chattogram Division'], ['Narayanganj', 'Dhaka Division']],
    people: [['bd', 1]], language: 'en', englishShare: 0.85,
    tld: 'com.bd', comShare: 0.6, freemail: ['gmail.com', 'yahoo.com'],
    phones: ['+880 2 ########', '+880 1### ######'], suffixes: ['Ltd.', 'Enterprise', 'Trading Corporation'], words: 'en',
    seasons: ['ramadan'], greetings: ['eid'],
  },
  {
    code: 'LK', weight: 0.4, world: 'South Asia', zone: 'Asia/Colombo',
    cities: [['Colombo', 'Western Province'], ['Kandy', 'Central Province']],
    people: [['in', 1]], language: 'en', englishShare: 1,
    tld: 'lk', comShare: 0.5, freemail: ['gmail.com', 'yahoo.com'],
    phones: ['+94 11 ### ####', '+94 77 ### ####'], suffixes: ['(Pvt) Ltd', 'PLC'], words: 'en',
    seasons: ['christmas'], greetings: ['new_year'],
  },
  {
    code: 'KZ', weight: 1, world: 'Central Asia', zone: 'Asia/Almaty',
    cities: [['Almaty', 'Almaty', 'Asia/Almaty'], ['Astana', 'Astana', 'Asia/Almaty'], ['Shymkent', 'Turkistan Region', 'Asia/Almaty'], ['Aktobe', 'Aktobe Region', 'Asia/Aqtobe']],
    people: [['kk', 2], ['ru', 1]], language: 'ru', englishShare: 0.3, currency: ['CNY', 0.35],
    tld: 'kz', comShare: 0.3, freemail: ['mail.ru', 'gmail.com', 'yandex.ru'],
    phones: ['+7 727 ### ####', '+7 701 ### ####'], suffixes: ['LLP'], words: 'ru',
    seasons: ['ramadan'], greetings: ['new_year', 'eid'],
  },
  {
    code: 'JP', weight: 2.5, world: 'East Asia', zone: 'Asia/Tokyo',
    cities: [['Tokyo', 'Tokyo'], ['Osaka', 'Osaka'], ['Nagoya', 'Aichi'], ['Fukuoka', 'Fukuoka'], ['Yokohama', 'Kanagawa'], ['Kobe', 'Hyogo']],
    people: [['ja', 1]], language: 'ja', englishShare: 0.3, currency: ['JPY', 0.45],
    tld: 'co.jp', comShare: 0.35, freemail: ['yahoo.co.jp', 'gmail.com'],
    phones: ['+81 3-####-####', '+81 6-####-####', '+81 90-####-####'], suffixes: ['Co., Ltd.', 'Corporation', 'Inc.'], words: 'ja',
    seasons: ['christmas'], greetings: ['new_year'],
  },
  {
    code: 'KR', weight: 2, world: 'East Asia', zone: 'Asia/Seoul',
    cities: [['Seoul', 'Seoul'], ['Busan', 'Busan'], ['Incheon', 'Incheon'], ['Seongnam', 'Gyeonggi-do'], ['Daegu', 'Daegu']],
    people: [['ko', 1]], language: 'ko', englishShare: 0.4,
    tld: 'co.kr', comShare: 0.45, freemail: ['naver.com', 'daum.net', 'hanmail.net', 'gmail.com'],
    phones: ['+82 2-####-####', '+82 51-###-####', '+82 10-####-####'], suffixes: ['Co., Ltd.', 'Corp.', 'Inc.'], words: 'ko',
    seasons: ['lunar_new_year', 'christmas'], greetings: ['lunar_new_year', 'new_year'],
  },
  {
    code: 'HK', weight: 1.5, world: 'East Asia', zone: 'Asia/Hong_Kong',
    cities: [['Kowloon', 'Kowloon'], ['Kwun Tong', 'Kowloon'], ['Wan Chai', 'Hong Kong Island'], ['Tsuen Wan', 'New Territories'], ['Sheung Wan', 'Hong Kong Island']],
    people: [['hk', 1]], language: 'en', englishShare: 0.6,
    tld: 'com.hk', comShare: 0.6, freemail: ['gmail.com', 'yahoo.com.hk', '163.com', 'qq.com'],
    phones: ['+852 2### ####', '+852 9### ####'], suffixes: ['Limited', 'Co., Limited', 'Trading Co., Ltd.'], words: 'hk',
    seasons: ['christmas', 'lunar_new_year'], greetings: ['lunar_new_year', 'christmas'],
  },
  {
    code: 'SG', weight: 1.5, world: 'Southeast Asia', zone: 'Asia/Singapore',
    cities: [['Singapore', 'Central Region'], ['Jurong', 'West Region'], ['Tampines', 'East Region'], ['Woodlands', 'North Region']],
    people: [['zh', 4], ['ms', 1], ['in', 1]], language: 'en', englishShare: 1, currency: ['SGD', 0.1],
    tld: 'com.sg', comShare: 0.5, freemail: ['gmail.com', 'yahoo.com.sg', 'hotmail.com', '163.com'],
    phones: ['+65 6### ####', '+65 9### ####'], suffixes: ['Pte. Ltd.', 'Pte Ltd'], words: 'en',
    seasons: ['lunar_new_year', 'christmas'], greetings: ['lunar_new_year', 'christmas'],
  },
  {
    code: 'MY', weight: 2, world: 'Southeast Asia', zone: 'Asia/Kuala_Lumpur',
    cities: [['Kuala Lumpur', 'Wilayah Persekutuan'], ['Petaling Jaya', 'Selangor'], ['Johor Bahru', 'Johor'], ['Penang', 'Pulau Pinang'], ['Kuching', 'Sarawak', 'Asia/Kuching']],
    people: [['ms', 3], ['zh', 3], ['in', 1]], language: 'en', englishShare: 0.9,
    tld: 'com.my', comShare: 0.5, freemail: ['gmail.com', 'yahoo.com.my', 'hotmail.com', 'qq.com'],
    phones: ['+60 3-#### ####', '+60 1#-### ####'], suffixes: ['Sdn. Bhd.', 'Sdn Bhd', 'Enterprise'], words: 'ms',
    seasons: ['ramadan', 'lunar_new_year'], greetings: ['eid', 'lunar_new_year'],
  },
  {
    code: 'ID', weight: 2, world: 'Southeast Asia', zone: 'Asia/Jakarta',
    cities: [['Jakarta', 'DKI Jakarta', 'Asia/Jakarta'], ['Surabaya', 'Jawa Timur', 'Asia/Jakarta'], ['Bandung', 'Jawa Barat', 'Asia/Jakarta'], ['Medan', 'Sumatera Utara', 'Asia/Jakarta'], ['Makassar', 'Sulawesi Selatan', 'Asia/Makassar'], ['Denpasar', 'Bali', 'Asia/Makassar']],
    people: [['id', 1]], language: 'id', englishShare: 0.5,
    tld: 'co.id', comShare: 0.5, freemail: ['gmail.com', 'yahoo.co.id', 'yahoo.com'],
    phones: ['+62 21 ####-####', '+62 31 ####-####', '+62 81# ####-####'], suffixes: [''], words: 'id',
    seasons: ['ramadan'], greetings: ['eid', 'new_year'],
  },
  {
    code: 'VN', weight: 2, world: 'Southeast Asia', zone: 'Asia/Ho_Chi_Minh',
    cities: [['Ho Chi Minh City', 'Ho Chi Minh City'], ['Hanoi', 'Hanoi'], ['Da Nang', 'Da Nang'], ['Hai Phong', 'Hai Phong']],
    people: [['vi', 1]], language: 'vi', englishShare: 0.6,
    tld: 'com.vn', comShare: 0.5, freemail: ['gmail.com', 'yahoo.com.vn', 'yahoo.com'],
    phones: ['+84 28 #### ####', '+84 24 #### ####', '+84 9# ### ## ##'], suffixes: ['Co., Ltd.', 'JSC', 'Trading Co., Ltd.'], words: 'vi',
    seasons: ['lunar_new_year'], greetings: ['lunar_new_year'],
  },
  {
    code: 'TH', weight: 2, world: 'Southeast Asia', zone: 'Asia/Bangkok',
    cities: [['Bangkok', 'Bangkok'], ['Nonthaburi', 'Nonthaburi'], ['Chiang Mai', 'Chiang Mai'], ['Chonburi', 'Chonburi']],
    people: [['th', 1]], language: 'th', englishShare: 0.5,
    tld: 'co.th', comShare: 0.5, freemail: ['gmail.com', 'hotmail.com'],
    phones: ['+66 2 ### ####', '+66 8# ### ####'], suffixes: ['Co., Ltd.', 'Public Co., Ltd.'], words: 'th',
    seasons: ['christmas'], greetings: ['new_year'],
  },
  {
    code: 'PH', weight: 1.5, world: 'Southeast Asia', zone: 'Asia/Manila',
    cities: [['Manila', 'Metro Manila'], ['Quezon City', 'Metro Manila'], ['Makati', 'Metro Manila'], ['Cebu City', 'Cebu'], ['Davao City', 'Davao del Sur']],
    people: [['ph', 1]], language: 'en', englishShare: 1,
    tld: 'com.ph', comShare: 0.5, freemail: ['gmail.com', 'yahoo.com', 'yahoo.com.ph'],
    phones: ['+63 2 #### ####', '+63 9## ### ####'], suffixes: ['Inc.', 'Corp.', 'Trading'], words: 'en',
    seasons: ['christmas'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'AU', weight: 4, world: 'Oceania', zone: 'Australia/Sydney',
    cities: [['Sydney', 'New South Wales', 'Australia/Sydney'], ['Melbourne', 'Victoria', 'Australia/Melbourne'], ['Brisbane', 'Queensland', 'Australia/Brisbane'], ['Perth', 'Western Australia', 'Australia/Perth'], ['Adelaide', 'South Australia', 'Australia/Adelaide'], ['Gold Coast', 'Queensland', 'Australia/Brisbane']],
    people: [['au', 8], ['hk', 1], ['vi', 0.5]], language: 'en', englishShare: 1, currency: ['AUD', 0.3],
    tld: 'com.au', comShare: 0.3, freemail: ['gmail.com', 'bigpond.com', 'outlook.com'],
    phones: ['+61 2 5550 ####', '+61 3 5550 ####', '+61 491 570 ###'], suffixes: ['Pty Ltd', 'Pty. Ltd.'], words: 'en',
    seasons: ['christmas', 'back_to_school'], greetings: ['christmas', 'new_year'],
  },
  {
    code: 'NZ', weight: 1, world: 'Oceania', zone: 'Pacific/Auckland',
    cities: [['Auckland', 'Auckland'], ['Wellington', 'Wellington'], ['Christchurch', 'Canterbury'], ['Hamilton', 'Waikato']],
    people: [['au', 1]], language: 'en', englishShare: 1,
    tld: 'co.nz', comShare: 0.35, freemail: ['gmail.com', 'xtra.co.nz'],
    phones: ['+64 9 ### ####', '+64 21 ### ####'], suffixes: ['Ltd', 'Limited'], words: 'en',
    seasons: ['christmas'], greetings: ['christmas', 'new_year'],
  },
];

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

/** The profile of a country in the book. @throws for a code the book does not use. */
export function countryProfile(code: string): CountryProfile {
  const profile = BY_CODE.get(code);
  if (!profile) throw new Error(`no demo profile for country ${code}`);
  return profile;
}
