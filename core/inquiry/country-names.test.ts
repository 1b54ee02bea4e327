import { describe, expect, it } from 'vitest';
import { countryFromName, findCountryNames } from './country-names.ts';

describe('countryFromName', () => {
  it.each<[string, string]>([
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['usa', 'US'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['England', 'GB'],
    ['UAE', 'AE'],
    ['United Arab Emirates', 'AE'],
    ['Saudi Arabia', 'SA'],
    ['KSA', 'SA'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['Russian Federation', 'RU'],
    ['Korea, Republic of', 'KR'],
    ['Viet Nam', 'VN'],
    ["Côte d'Ivoire", 'CI'],
    ['Hong Kong SAR China', 'HK'],
    ['Hong Kong', 'HK'],
    ['Holland', 'NL'],
    ['Jordan', 'JO'],
    ['DE', 'DE'],
    ['美国', 'US'],
    ['德国', 'DE'],
    ['阿联酋', 'AE'],
    ['沙特阿拉伯', 'SA'],
    ['俄罗斯', 'RU'],
    ['中國', 'CN'],
    ['台灣', 'TW'],
    [' (Germany) ', 'DE'],
  ])('reads %s as %s', (name, code) => {
    expect(countryFromName(name)).toBe(code);
  });

  it.each(['', 'Deutschland', 'Europe', 'European Union', 'ZZ', 'UK Ltd', 'Mumbai'])('gives null for %j', (name) => {
    expect(countryFromName(name)).toBeNull();
  });
});

describe('findCountryNames', () => {
  it('finds English and Chinese names in running text, longest first', () => {
    const text = 'We sell in the U.S. and U.K., Papua New Guinea, Guinea-Bissau and St. Kitts & Nevis. 我们来自中国香港，在越南非常有名。';
    expect(findCountryNames(text).map((m) => [m.country, m.text])).toEqual([
      ['US', 'U.S.'],
      ['GB', 'U.K.'],
      ['PG', 'Papua New Guinea'],
      ['GW', 'Guinea-Bissau'],
      ['KN', 'St. Kitts & Nevis'],
      ['HK', '中国香港'],
      ['VN', '越南'],
    ]);
  });

  it.each([
    ['a word that contains a name', 'Chinese suppliers and Indian buyers'],
    ['"us" in lower case', 'please contact us'],
    ['a given name', 'Best regards, Jordan'],
    ['a garment', 'a cotton jersey'],
    ['a US state', 'our office in Georgia'],
  ])('ignores %s', (_case, text) => {
    expect(findCountryNames(text)).toEqual([]);
  });

  it('reads ambiguous names when asked (an address line)', () => {
    expect(findCountryNames('Amman, Jordan', { ambiguous: true }).map((m) => m.country)).toEqual(['JO']);
  });

  it('reads a 20 KB mail whole: nothing in the filler, the country at its very end', () => {
    // Its speed is measured by `npm run bench:inquiry-read`, not here.
    const filler = 'We are a distributor of kitchen appliances and would like your price list for kettles. '.repeat(230);
    expect(findCountryNames(filler)).toEqual([]);
    expect(findCountryNames(`${filler}\nBest regards, Lisbon, Portugal`).map((m) => m.country)).toEqual(['PT']);
  });
});
