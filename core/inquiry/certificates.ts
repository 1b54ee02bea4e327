/**
 * Certificates and marks an inquiry asks about: `CE`, `GS`, `RoHS`, `UL`, `ISO 9001`, `3C认证`.
 * Short marks are read only in capitals and as whole words, so `CE` in `PRICE` or the French
 * `ce` is not one, nor `reach` the verb.
 */

/** Canonical name → pattern. Capital-only patterns have no `i` flag. */
const MARKS: ReadonlyArray<[string, RegExp]> = [
  ['CE', /(?<![A-Za-z0-9])CE(?![A-Za-z0-9])/],
  ['FDA', /(?<![A-Za-z0-9])FDA(?![A-Za-z0-9])/],
  ['RoHS', /(?<![A-Za-z0-9])RoHS(?![A-Za-z0-9])/i],
  ['REACH', /(?<![A-Za-z0-9])REACH(?![A-Za-z0-9])/],
  ['UL', /(?<![A-Za-z0-9])c?UL(?:us)?(?![A-Za-z0-9])/],
  ['ETL', /(?<![A-Za-z0-9])c?ETL(?:us)?(?![A-Za-z0-9])/],
  ['CB', /(?<![A-Za-z0-9])CB(?![A-Za-z0-9])/],
  ['GS', /(?<![A-Za-z0-9])GS(?![A-Za-z0-9])/],
  ['LFGB', /(?<![A-Za-z0-9])LFGB(?![A-Za-z0-9])/i],
  ['SASO', /(?<![A-Za-z0-9])SASO(?![A-Za-z0-9])/i],
  ['KC', /(?<![A-Za-z0-9])KC(?![A-Za-z0-9])/],
  ['PSE', /(?<![A-Za-z0-9])PSE(?![A-Za-z0-9])/],
  ['CCC', /(?<![A-Za-z0-9])(?:CCC(?![A-Za-z0-9])|3C(?=\s?(?:认证|certif)))/i],
  ['EAC', /(?<![A-Za-z0-9])EAC(?![A-Za-z0-9])/],
  ['UKCA', /(?<![A-Za-z0-9])UKCA(?![A-Za-z0-9])/i],
  // `ERP system` is software, not the EU energy-related-products rule.
  ['ErP', /(?<![A-Za-z0-9])(?:ErP|ERP)(?![A-Za-z0-9])(?!\s{1,3}(?:system|software))/],
  ['BSCI', /(?<![A-Za-z0-9])(?:amfori\s{1,3})?BSCI(?![A-Za-z0-9])/i],
  ['ISO 9001', /(?<![A-Za-z0-9])ISO[\s-]?9001(?![0-9])/i],
  ['ISO 14001', /(?<![A-Za-z0-9])ISO[\s-]?14001(?![0-9])/i],
  ['ISO 45001', /(?<![A-Za-z0-9])ISO[\s-]?45001(?![0-9])/i],
  ['ISO 22000', /(?<![A-Za-z0-9])ISO[\s-]?22000(?![0-9])/i],
  ['FCC', /(?<![A-Za-z0-9])FCC(?![A-Za-z0-9])/],
  ['CSA', /(?<![A-Za-z0-9])CSA(?![A-Za-z0-9])/],
  ['SAA', /(?<![A-Za-z0-9])SAA(?![A-Za-z0-9])/],
  ['RCM', /(?<![A-Za-z0-9])RCM(?![A-Za-z0-9])/],
  ['INMETRO', /(?<![A-Za-z0-9])INMETRO(?![A-Za-z0-9])/i],
  ['BIS', /(?<![A-Za-z0-9])BIS(?![A-Za-z0-9])/],
  ['SONCAP', /(?<![A-Za-z0-9])SONCAP(?![A-Za-z0-9])/i],
  ['EMC', /(?<![A-Za-z0-9])EMC(?![A-Za-z0-9])/],
  ['LVD', /(?<![A-Za-z0-9])LVD(?![A-Za-z0-9])/],
  ['NOM', /(?<![A-Za-z0-9])NOM(?![A-Za-z0-9])/],
  ['SEDEX', /(?<![A-Za-z0-9])(?:SEDEX|Sedex|SMETA)(?![A-Za-z0-9])/],
  ['Halal', /(?<![A-Za-z0-9])Halal(?![A-Za-z0-9])/i],
  ['Prop 65', /(?<![A-Za-z0-9])Prop(?:osition)?\s?65(?![0-9])/i],
];

/** Certificates named in `text`, each once, in the order of {@link MARKS} (CE first). */
export function findCertificates(text: string): string[] {
  return MARKS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}
