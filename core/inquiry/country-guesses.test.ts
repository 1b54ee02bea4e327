import { describe, expect, it } from 'vitest';
import { combineCountryClues, countryOfDomain, domainClue } from './country-guesses.ts';

describe('countryOfDomain', () => {
  it.each<[string, string | null]>([
    ['acme.de', 'DE'],
    ['j@sales.acme.co.uk', 'GB'],
    ['foo.com.br', 'BR'],
    ['bar.com.co', 'CO'],
    ['acme.com', null],
    ['acme.eu', null],
    ['startup.io', null],
    ['brand.co', null],
    ['shop.ai', null],
    ['not a domain', null],
  ])('%s → %s', (domain, country) => {
    expect(countryOfDomain(domain)).toBe(country);
  });
});

describe('domainClue', () => {
  it('weighs a free-mail ccTLD less than a company domain', () => {
    expect(domainClue('a@acme.fr')).toEqual({ country: 'FR', source: 'cctld', confidence: 0.6 });
    expect(domainClue('a@yahoo.fr')).toEqual({ country: 'FR', source: 'cctld', confidence: 0.35 });
    expect(domainClue('a@gmail.com')).toBeNull();
  });
});

describe('combineCountryClues', () => {
  it('adds independent clues for one country and names the strongest source', () => {
    const guesses = combineCountryClues([
      { country: 'DE', source: 'cctld' },
      { country: 'DE', source: 'phone' },
      { country: 'AT', source: 'text' },
    ]);
    expect(guesses).toEqual([
      { country: 'DE', source: 'phone', confidence: 0.88 },
      { country: 'AT', source: 'text', confidence: 0.3 },
    ]);
  });

  it('counts the same source said twice once', () => {
    expect(combineCountryClues([{ country: 'ES', source: 'text' }, { country: 'ES', source: 'text' }])).toEqual([{ country: 'ES', source: 'text', confidence: 0.3 }]);
  });

  it('caps confidence below certainty', () => {
    const clues = (['marketplace', 'address', 'phone', 'signature', 'cctld'] as const).map((source) => ({ country: 'PL', source }));
    expect(combineCountryClues(clues)[0]!.confidence).toBe(0.99);
  });

  it('gives no guesses for no clues', () => {
    expect(combineCountryClues([])).toEqual([]);
  });
});
