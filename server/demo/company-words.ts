/**
 * Word pools for synthetic company names, per naming culture: brand-like words, trade words by
 * line of business, and name templates. Generic trade vocabulary; no real firm's name.
 */
import type { BuyerType } from '../../core/customer.ts';
import type { WordCulture } from './countries.ts';

/** The line of business a name advertises, from the buyer type. */
export type TradeKind = 'trading' | 'distribution' | 'import' | 'wholesale' | 'retail' | 'chain' | 'brand' | 'hospitality';

/** The trade word a buyer type's name uses. */
export const TRADE_OF: Record<BuyerType, TradeKind> = {
  distributor: 'distribution',
  wholesaler: 'wholesale',
  importer: 'import',
  retailer: 'retail',
  chain_store: 'chain',
  brand_owner: 'brand',
  end_user: 'hospitality',
  trading_company: 'trading',
};

/** One culture's pools. */
export interface Words {
  brands: readonly string[];
  trades: Partial<Record<TradeKind, readonly string[]>>;
  /** Slots: {brand} {enbrand} (an English coinage) {family} {place} {placeer} ("Hamburger") {trade} {suffix}. */
  templates?: readonly string[];
}

const list = (text: string): readonly string[] => text.split('|').map((s) => s.trim());
const combos = (heads: string, tails: string): readonly string[] =>
  list(heads).flatMap((h) => list(tails).map((t) => h + t));

/** Templates for cultures that list none. */
export const DEFAULT_TEMPLATES = list('{brand} {trade} {suffix}|{brand} {trade} {suffix}|{family} {trade} {suffix}|{place} {trade} {suffix}|{brand} {suffix}');

/** English pools, also the fallback for trade words a culture lacks. */
export const EN: Words = {
  brands: combos(
    'Bright|Silver|Golden|North|Blue|Green|Oak|Maple|Stone|River|Crest|High|West|East|Sun|Star|Iron|Pine|Red|Clear|Home|Kitchen|Cook|Chef|Urban|Prime|True|Pure|Swift|Royal',
    'line|leaf|wood|field|water|ware|stone|bridge|brook|gate|way|point|peak|ridge|side|haven|mark|view|craft|nest|well|port',
  ),
  trades: {
    trading: list('Trading|General Trading|International Trading|Import & Export|Global Sourcing'),
    distribution: list('Distribution|Distributors|Appliances|Home Appliances|Housewares'),
    import: list('Imports|International|Homeware Imports|Supply|Import Company'),
    wholesale: list('Wholesale|Housewares Wholesale|Cash & Carry|Supplies|Merchandise'),
    retail: list('Kitchen Store|Home Store|Cookshop|Online|Kitchen & Home|Homewares'),
    chain: list('Stores|Retail Group|Home Centre|Hypermarkets|Department Stores|Value Stores'),
    brand: list('Brands|Home|Living|Kitchen|Appliances|Housewares'),
    hospitality: list('Hospitality Group|Hotels & Resorts|Catering Supplies|Foodservice|Restaurant Group|Corporate Gifts'),
  },
};

/** Pools by culture. */
export const WORDS: Record<WordCulture, Words> = {
  en: EN,
  de: {
    brands: combos('Nord|Süd|Rhein|Alpen|Haus|Stahl|Stern|Sonnen|Elb|Isar|Main|Ostsee|Weser|Kupfer|Silber|Edel|Linden|Berg', 'küche|haus|werk|markt|glanz|topf|kontor|hof|land|blick'),
    trades: {
      trading: list('Handelsgesellschaft|Handel|Trading|Import-Export'),
      distribution: list('Vertrieb|Haushaltswaren|Elektrogeräte|Hausgeräte Vertrieb'),
      import: list('Import|Importhaus|Import & Handel'),
      wholesale: list('Großhandel|Haushaltswaren Großhandel|Handelshaus'),
      retail: list('Küchenladen|Haushaltswaren|Kochwelt|Küchenfachhandel'),
      chain: list('Markt|Warenhaus|Handelsgruppe'),
      brand: list('Küchentechnik|Home|Living|Haushaltsgeräte'),
      hospitality: list('Hotelbedarf|Gastro-Service|Hotelgruppe|Catering'),
    },
    templates: list('{brand} {trade} {suffix}|{family} {trade} {suffix}|{brand} {suffix}|{family} {trade} {suffix}|{placeer} {trade} {suffix}'),
  },
  fr: {
    brands: list("Belle Cuisine|Art de la Table|Le Chaudron|Maison Bleue|Azur|L'Atelier Culinaire|Cuivre et Inox|La Cocotte|Soleil|Horizon|Rivoli|Étoile|Lumière|Bel Air|Oréa|Val de Loire|Terre et Feu|Mistral"),
    trades: {
      trading: list('Négoce|Import Export|Trading'),
      distribution: list('Distribution|Électroménager|Équipement Maison'),
      import: list('Import|Importations'),
      wholesale: list('Grossiste|Distribution|Arts de la Table'),
      retail: list('Cuisine & Maison|Boutique|Maison'),
      chain: list('Magasins|Bazar|Maison Group'),
      brand: list('Maison|Cuisine|Électroménager'),
      hospitality: list('Hôtellerie|Restauration|Groupe Hôtelier'),
    },
    templates: list('{brand} {suffix}|{trade} {family} {suffix}|Ets {family} {suffix}|{brand} {trade} {suffix}|Groupe {family} {suffix}'),
  },
  it: {
    brands: list('Casa Bella|Stella|Aurora|Acciaio Più|Tavola|Fiore|Sole|Dolce Casa|Linea Casa|Arte Cucina|Gusto|Bottega|Vesuvio|Laguna|Riviera|Belvedere|Duomo'),
    trades: {
      trading: list('Commerciale|Trading|Import Export'),
      distribution: list('Distribuzione|Casalinghi|Elettrodomestici'),
      import: list('Import|Import Export'),
      wholesale: list('Casalinghi Ingrosso|Ingrosso|Commerciale'),
      retail: list('Casalinghi|Casa'),
      chain: list('Market|Gruppo|Store'),
      brand: list('Casa|Home|Cucina'),
      hospitality: list('Forniture Alberghiere|Ho.Re.Ca.|Hotel Group'),
    },
    templates: list('{brand} {suffix}|{family} {trade} {suffix}|{trade} {family} {suffix}|F.lli {family} {suffix}|{brand} {trade} {suffix}'),
  },
  es: {
    brands: list('Cocina Sol|Hogar Plus|La Cocinera|Menaje Ibérico|Casa Luna|Estrella|Aurora|Acero Fino|Del Sur|Vital Hogar|Nova|Atlántico|Mediterránea|Pacífico|Andina|Los Andes|Cóndor|Alborada|Sierra'),
    trades: {
      trading: list('Comercial|Comercializadora|Import Export'),
      distribution: list('Distribuciones|Electrodomésticos|Distribuidora'),
      import: list('Importaciones|Importadora'),
      wholesale: list('Menaje|Mayorista|Comercial'),
      retail: list('Hogar|Cocina y Hogar|Tienda'),
      chain: list('Almacenes|Tiendas|Grupo Comercial'),
      brand: list('Hogar|Home|Cocina'),
      hospitality: list('Hostelería|Suministros Hoteleros|Grupo Hotelero'),
    },
    templates: list('{trade} {brand} {suffix}|{brand} {suffix}|{trade} {family} {suffix}|{family} Hermanos {suffix}|{brand} {trade} {suffix}'),
  },
  pt: {
    brands: list('Casa Forte|Lar Feliz|Cozinha Prática|Estrela|Aurora|Atlântico|Horizonte|Nova Era|Bela Casa|Sol Nascente|Rio Claro|Ipê|Jequitibá|Serra Azul|Bom Lar'),
    trades: {
      trading: list('Comercial|Trading|Importação e Exportação'),
      distribution: list('Distribuidora|Eletrodomésticos|Utilidades'),
      import: list('Importadora|Importação e Exportação'),
      wholesale: list('Utilidades Domésticas|Atacadista|Comercial'),
      retail: list('Casa|Utilidades|Lar'),
      chain: list('Lojas|Magazine|Supermercados'),
      brand: list('Home|Casa|Cozinha'),
      hospitality: list('Hotelaria|Catering'),
    },
    templates: list('{trade} {brand} {suffix}|{brand} {trade} {suffix}|{family} & Filhos {suffix}|{trade} {family} {suffix}'),
  },
  nl: {
    brands: list('Keukenhuis|Oranje|Polder|Tulp|Molen|Dijk|Noordzee|Maas|Delta|Zilver|Kookpunt|Blauwe Haven|Vlinder|Eikenhof'),
    trades: {
      trading: list('Trading|Handelsmaatschappij|Import & Export'),
      distribution: list('Distributie|Huishoudelijke Artikelen|Groothandel'),
      import: list('Import|Import & Export'),
      wholesale: list('Groothandel'),
      retail: list('Kookwinkel|Wonen'),
      chain: list('Winkels|Warenhuis'),
      brand: list('Home|Living|Wonen'),
      hospitality: list('Horeca|Horecagroothandel'),
    },
  },
  pl: {
    brands: list('Kuchnia Plus|Domex|Polstal|Gospodarz|Agdmax|Stalmet|Mazowsze|Wisła|Orzeł|Bałtyk|Tatry|Garnek|Dom i Ogród|Sokół'),
    trades: {
      trading: list('Handel|Trading|Import-Eksport'),
      distribution: list('Dystrybucja|AGD|Hurtownia'),
      import: list('Import|Import-Eksport'),
      wholesale: list('Hurtownia|Hurt'),
      retail: list('Sklep|Dom'),
      chain: list('Sieć Sklepów|Markety'),
      brand: list('Home|AGD'),
      hospitality: list('Gastro|Hotele'),
    },
    templates: list('{brand} {suffix}|{trade} {brand} {suffix}|{family} {trade} {suffix}|P.H.U. {brand}'),
  },
  ru: {
    brands: list('Domovoy|Kukhnya Plus|Posuda Optom|Stalmaster|Teplo Doma|Bytservis|Severnaya Zvezda|Ural Posuda|Volga Trade|Sibir Opt|Domashny Uyut|Khozyayushka|Metallik|Samovar|Yantar|Beryozka|Altai|Neva'),
    trades: {
      trading: list('Trade|Trading|Import'),
      distribution: list('Distribution|Tekhnika|Trade'),
      import: list('Import|Trade'),
      wholesale: list('Opt|Trade'),
      retail: list('Shop|Dom'),
      chain: list('Retail|Market'),
      brand: list('Home|Brands'),
      hospitality: list('Horeca|Catering'),
    },
    templates: list('{brand} {suffix}|{brand} {trade} {suffix}|TD {brand}|OOO {brand}|{brand} Group'),
  },
  tr: {
    brands: list('Mutfak Dünyası|Ev Sanat|Anadolu|Boğaziçi|Ege|Yıldız|Kristal|Altın Çelik|Karadeniz|Marmara|Lale|Toros|Efes|Güneş'),
    trades: {
      trading: list('Dış Ticaret|Ticaret|İthalat İhracat'),
      distribution: list('Dağıtım|Ev Aletleri|Pazarlama'),
      import: list('İthalat|Dış Ticaret'),
      wholesale: list('Toptan|Züccaciye'),
      retail: list('Züccaciye|Home'),
      chain: list('Mağazaları|Perakende'),
      brand: list('Ev Gereçleri|Mutfak|Home'),
      hospitality: list('Otel Ekipmanları|Catering'),
    },
    templates: list('{brand} {trade} San. ve Tic. {suffix}|{family} {trade} {suffix}|{brand} {trade} {suffix}'),
  },
  ar: {
    brands: list('Noor|Rayan|Waha|Safwa|Fajr|Manar|Bayan|Khaleej|Diyar|Najma|Sahra|Amal|Yasmin|Zahra|Jazeera|Hilal|Reem|Shams|Falak|Marwa'),
    trades: {
      trading: list('General Trading|Trading|Trading & Contracting'),
      distribution: list('Home Appliances|Electrical Appliances|Household Appliances'),
      import: list('Import & Export|Trading'),
      wholesale: list('Household Wholesale|Trading|Stores'),
      retail: list('Household Stores|Kitchen Centre|Home Centre'),
      chain: list('Hypermarket|Stores|Retail'),
      brand: list('Home|Appliances|Houseware'),
      hospitality: list('Hospitality|Catering Services|Hotel Supplies'),
    },
    templates: list('Al {brand} {trade} {suffix}|{family} {trade} {suffix}|Al {brand} {trade} {suffix}|{enbrand} {trade} {suffix}'),
  },
  in: {
    brands: list('Shree Balaji|Shree Ganesh|Om Sai|Jai Ambe|Laxmi|Krishna|Sai Kripa|Mahalaxmi|Supreme|Apex|Navkar|Siddhi Vinayak|Shubh Labh|Kohinoor|Ganga|Everest|Neelkanth|Surya'),
    trades: {
      trading: list('Traders|Trading Co.|Impex|Overseas|Exim'),
      distribution: list('Home Appliances|Electricals|Appliances|Distributors'),
      import: list('Impex|Imports|Exim'),
      wholesale: list('Steel Centre|Kitchenware|Traders|Distributors'),
      retail: list('Home Needs|Kitchen World|Retail'),
      chain: list('Retail|Hypermart|Stores'),
      brand: list('Home Products|Housewares|Kitchen Appliances'),
      hospitality: list('Hospitality|Caterers|Hotels'),
    },
    templates: list('{brand} {trade} {suffix}|{family} {trade} {suffix}|{brand} {trade} {suffix}|{enbrand} {trade} {suffix}'),
  },
  id: {
    brands: list('Sinar Jaya|Maju Bersama|Sumber Rejeki|Cahaya Abadi|Mitra Sejahtera|Dapur Prima|Karya Mandiri|Bintang Timur|Sentosa|Anugerah|Berkat Abadi|Surya Makmur|Indah Lestari|Mega Perkasa|Harapan Baru'),
    trades: {
      trading: list('Trading|Niaga|Perdagangan'),
      distribution: list('Distribusi|Elektronik|Indonesia'),
      import: list('Indonesia|Internasional'),
      wholesale: list('Niaga|Grosir'),
      retail: list('Rumah Tangga|Toko'),
      chain: list('Retailindo|Swalayan'),
      brand: list('Indonesia|Home'),
      hospitality: list('Hospitality|Boga'),
    },
    templates: list('PT {brand} {trade}|PT {brand}|CV {brand}|PT {family} {trade}'),
  },
  ja: {
    brands: list('Sakura|Heiwa|Kirara|Hinode|Midori|Kotobuki|Shinsei|Tokiwa|Harmony|Kurashi|Hoshi|Mirai|Sunny Life|Hikari|Aozora|Komorebi'),
    trades: {
      trading: list('Shoji|Boeki|Trading'),
      distribution: list('Shoji|Denki|Home Products'),
      import: list('Boeki|Trading|Import'),
      wholesale: list('Shoji|Tsusho'),
      retail: list('Kitchen|Living|Select'),
      chain: list('Retailing|Stores'),
      brand: list('Living|Home|Houseware'),
      hospitality: list('Hotel Service|Foods'),
    },
    templates: list('{family} {trade} {suffix}|{brand} {suffix}|{brand} {trade} {suffix}'),
  },
  ko: {
    brands: list('Hanil|Daesung|Samjin|Haneul|Hanbit|Mirae|Saeron|Dongbang|Joeun|Hanmaum|Gaon|Narae|Sejin|Woojin'),
    trades: {
      trading: list('Trading|International|Corporation'),
      distribution: list('Electric|Home|Living'),
      import: list('Trading|International'),
      wholesale: list('Trading|Distribution'),
      retail: list('Living|Shop'),
      chain: list('Retail|Mart'),
      brand: list('Living|Kitchen|Home'),
      hospitality: list('Hospitality|Foodservice'),
    },
    templates: list('{brand} {trade} {suffix}|{brand} {suffix}'),
  },
  nordic: {
    brands: list('Nordkök|Fjord|Norrsken|Skog|Havsbris|Ljus|Stålhem|Bjørk|Fjell|Kökshuset|Husgeråd|Polar|Lykke|Hygge|Sjöstjärna|Granit'),
    trades: {
      trading: list('Trading|Handel|Import'),
      distribution: list('Distribution|Hem|Handel'),
      import: list('Import|Import & Export'),
      wholesale: list('Grossist|Engros|Handel'),
      retail: list('Hem|Kök|Køkken'),
      chain: list('Butiker|Retail'),
      brand: list('Design|Home|Living'),
      hospitality: list('Storkök|Horeca'),
    },
    templates: list('{brand} {suffix}|{brand} {trade} {suffix}|{family} {trade} {suffix}'),
  },
  fi: {
    brands: list('Keittiö|Pohjola|Tähti|Kuusi|Järvi|Aalto|Lumi|Koti|Sampo|Revontuli|Kallio|Saimaa'),
    trades: { trading: list('Trading|Import'), distribution: list('Tukku|Distribution'), wholesale: list('Tukku'), retail: list('Koti|Keittiö'), brand: list('Design|Home'), hospitality: list('Horeca') },
    templates: list('{brand} {trade} {suffix}|{brand} {suffix}|{family} {trade} {suffix}'),
  },
  cs: {
    brands: list('Domácnost Plus|Kuchyně|Vltava|Morava|Ocel|Hvězda|Šumava|Labe|Dům a Kuchyně|Krkonoše'),
    trades: { trading: list('Trading|Obchod'), distribution: list('Distribuce|Velkoobchod'), import: list('Import|Import-Export'), wholesale: list('Velkoobchod'), retail: list('Domácí potřeby'), brand: list('Home') },
  },
  el: {
    brands: list('Olympos|Aegean|Kouzina|Helios|Ionio|Astra|Nostos|Thalassa|Ermis|Oikos|Kritiki|Akropolis'),
    trades: { trading: list('Trading|Emporiki'), distribution: list('Distribution|Home Appliances'), import: list('Import|Imports'), wholesale: list('Wholesale|Emporiki'), retail: list('Home|Kitchen'), hospitality: list('Hotel Supplies|Horeca') },
    templates: list('{brand} {trade} {suffix}|{family} {trade} {suffix}|{family} Bros {suffix}'),
  },
  hu: {
    brands: list('Konyha|Duna|Tisza|Balaton|Csillag|Otthon|Pannon|Hun-Import|Mátra'),
    trades: { trading: list('Kereskedelmi|Trading'), distribution: list('Nagykereskedés|Háztartási'), import: list('Import'), wholesale: list('Nagykereskedés'), retail: list('Háztartási') },
    templates: list('{brand} {trade} {suffix}|{brand} {suffix}|{family} és Társa {suffix}'),
  },
  ro: {
    brands: list('Casa Mea|Bucătăria|Carpați|Dunărea|Steaua|Aurora|Delta|Transilvania|Bucovina|Mureș'),
    trades: { trading: list('Import Export|Comerț|Trading'), distribution: list('Distribuție'), import: list('Import Export'), wholesale: list('Distribuție|Comerț'), retail: list('Home|Casa') },
  },
  vi: {
    brands: list('Minh Phat|Thanh Cong|Hoang Gia|Phu Thai|Dai Viet|An Khang|Sao Mai|Viet Tin|Hung Thinh|Tan Phat|Phuong Nam|Kim Long|Thien An|Bao Ngoc'),
    trades: { trading: list('Trading|Import Export'), distribution: list('Home Appliances|Household|Distribution'), import: list('Import Export|Trading'), wholesale: list('Trading|Household'), retail: list('Household|Home'), chain: list('Retail|Mart'), brand: list('Home|Living'), hospitality: list('Hospitality|Investment') },
    templates: list('{brand} {trade} {suffix}|{brand} {suffix}'),
  },
  th: {
    brands: list('Siam|Chao Phraya|Rattana|Chaiyo|Mongkol|Thana|Lanna|Srisuk|Kitchen Pro|Anan|Rungruang|Sombat'),
    trades: { trading: list('Trading|Intertrade|Supply'), distribution: list('Home Appliances|Marketing|Supply'), import: list('Intertrade|Import'), wholesale: list('Kitchenware|Supply'), retail: list('Kitchenware|Home'), chain: list('Retail|Mart'), brand: list('Home|Living'), hospitality: list('Hotel Supply|Foodservice') },
    templates: list('{brand} {trade} {suffix}|{family} {trade} {suffix}'),
  },
  ms: {
    brands: list('Sinar|Bintang|Cahaya|Mutiara|Perdana|Warisan|Harmoni|Bestari|Seri|Gemilang|Everbright|Soon Huat|Kim Hin|Golden Harvest|Lian Seng'),
    trades: { trading: list('Trading|Enterprise'), distribution: list('Marketing|Distribution|Home Appliances'), import: list('Trading|Marketing'), wholesale: list('Trading|Kitchenware'), retail: list('Kitchenware|Home'), chain: list('Retail|Mart'), brand: list('Home|Living'), hospitality: list('Hospitality|Catering') },
    templates: list('{brand} {trade} {suffix}|{brand} {suffix}|{family} Brothers {trade} {suffix}'),
  },
  hk: {
    brands: list('Wing Fat|Tak Shing|Kwong Hing|Fortune Star|Grand Harvest|Ever Glory|Wah Lee|Man Shing|Sun Power|Kam Fung|Lucky Star|Hang Fung|Tai Sang|Yue Hing|Sino Link|Pacific Bridge'),
    trades: { trading: list('Trading|International|Enterprises'), distribution: list('Houseware|Industrial|Distribution'), import: list('International|Trading'), wholesale: list('Houseware|Trading'), retail: list('Home|Houseware'), chain: list('Retail|Stores'), brand: list('Home|Houseware|Development'), hospitality: list('Hospitality|Catering') },
    templates: list('{brand} {trade} {suffix}|{brand} {suffix}'),
  },
};
