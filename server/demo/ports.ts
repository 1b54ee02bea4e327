/**
 * Where the demo's containers sail to: the usual port of discharge for a customer's city.
 */

/** Destination port a shipment to the customer's city sails to. */
export function destinationPort(country: string, city: string, zone: string): string {
  if (country === 'US') return ['Houston', 'Miami', 'Seattle'].includes(city) ? city : zone === 'America/Los_Angeles' || zone === 'America/Phoenix' || zone === 'America/Denver' ? 'Long Beach' : zone === 'America/Chicago' ? 'Chicago (via Long Beach)' : 'New York';
  if (country === 'CA') return zone === 'America/Vancouver' || zone === 'America/Edmonton' ? 'Vancouver' : 'Montreal';
  return PORTS[country] ?? city;
}

const PORTS: Record<string, string> = {
  GB: 'Felixstowe', IE: 'Dublin', DE: 'Hamburg', AT: 'Hamburg', CH: 'Basel (via Rotterdam)', FR: 'Le Havre', BE: 'Antwerp', NL: 'Rotterdam',
  IT: 'Genoa', ES: 'Valencia', PT: 'Leixões', PL: 'Gdańsk', CZ: 'Hamburg', HU: 'Koper', RO: 'Constanța', GR: 'Piraeus', SE: 'Gothenburg',
  NO: 'Oslo', DK: 'Aarhus', FI: 'Helsinki', RU: 'St Petersburg', UA: 'Odesa', TR: 'Mersin', AE: 'Jebel Ali', SA: 'Jeddah', QA: 'Hamad',
  KW: 'Shuwaikh', OM: 'Sohar', IL: 'Ashdod', EG: 'Alexandria', MA: 'Casablanca', NG: 'Lagos (Apapa)', GH: 'Tema', KE: 'Mombasa',
  ZA: 'Durban', IN: 'Nhava Sheva', PK: 'Karachi', BD: 'Chattogram', LK: 'Colombo', KZ: 'Almaty (rail via Khorgos)', JP: 'Tokyo', KR: 'Busan',
  HK: 'Hong Kong', SG: 'Singapore', MY: 'Port Klang', ID: 'Jakarta (Tanjung Priok)', VN: 'Ho Chi Minh City (Cat Lai)', TH: 'Laem Chabang',
  PH: 'Manila', AU: 'Sydney', NZ: 'Auckland', MX: 'Manzanillo', BR: 'Santos', AR: 'Buenos Aires', CL: 'San Antonio', CO: 'Buenaventura', PE: 'Callao',
};
