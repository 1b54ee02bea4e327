import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from './config-file.ts';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');

const example = () => JSON.parse(readFileSync(join(ROOT, 'touchpoint.config.example.json'), 'utf8'));

function problemsOf(mutate: (c: any) => void): string[] {
  const config = example();
  mutate(config);
  try {
    parseConfig(config, 'touchpoint.config.json');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('company config', () => {
  it('accepts the documented example', () => {
    const config = parseConfig(example());
    expect(config.company.baseCurrency).toBe('USD');
    expect(config.catalogue.length).toBeGreaterThan(5);
  });

  it.each([
    ['a missing company name', (c: any) => delete c.company.name, 'company.name: required'],
    ['no own domain', (c: any) => (c.company.domains = []), 'company.domains: list at least one'],
    ['a bad own domain', (c: any) => (c.company.domains = ['not a domain']), 'company.domains.0: not a domain name'],
    ['a bad base currency', (c: any) => (c.company.baseCurrency = 'dollars'), 'company.baseCurrency: not an ISO 4217 currency code'],
    ['a zero rate', (c: any) => (c.company.rates.EUR = 0), 'company.rates.EUR: a rate must be above zero'],
    ['an unknown time zone', (c: any) => (c.company.timeZone = 'Mars/Olympus'), 'company.timeZone: not an IANA time zone'],
    ['a bad working time', (c: any) => (c.company.workingHours.start = '8am'), 'company.workingHours.start: a time is HH:MM'],
    ['hours that end before they start', (c: any) => (c.company.workingHours.end = '07:00'), 'company.workingHours.end: working hours must end after they start'],
    ['a weight given as text', (c: any) => (c.judgement.tierWeights.revenue = 'high'), 'judgement.tierWeights.revenue: Invalid input: expected number, received string'],
    ['thresholds out of order', (c: any) => (c.judgement.tierThresholds.B = 90), 'judgement.tierThresholds: thresholds must fall from A to B to C'],
    ['a share above 1', (c: any) => (c.judgement.priceIncreaseShare.A = 1.5), 'judgement.priceIncreaseShare.A'],
    ['a misspelt key', (c: any) => (c.company.baseCurency = 'USD'), 'company: Unrecognized key: "baseCurency"'],
    ['a catalogue entry without English terms', (c: any) => (c.catalogue[0].en = []), 'catalogue.0.en'],
  ])('names the key for %s', (_name, mutate, expected) => {
    const problems = problemsOf(mutate);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it('loads touchpoint.config.json when present, else the example', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-config-'));
    writeFileSync(join(dir, 'touchpoint.config.example.json'), JSON.stringify(example()));
    expect(loadConfig(undefined, dir).isExample).toBe(true);
    const own = example();
    own.company.name = 'Our Company';
    writeFileSync(join(dir, 'touchpoint.config.json'), JSON.stringify(own));
    expect(loadConfig(undefined, dir)).toMatchObject({ isExample: false, config: { company: { name: 'Our Company' } } });
  });

  it('says so when the file is not JSON or is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-config-'));
    writeFileSync(join(dir, 'bad.json'), '{ "company": ');
    expect(() => loadConfig('bad.json', dir)).toThrow(/not valid JSON/);
    expect(() => loadConfig('missing.json', dir)).toThrow(/file not found/);
  });
});
