import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { libraryPublicDays, librarySupports, ruleDates } from './library.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

describe('library', () => {
  it('is the only file of core/ that imports date-holidays', () => {
    const core = fileURLToPath(new URL('..', import.meta.url));
    const importers = sources(core).filter((f) => /from ['"]date-holidays['"]/.test(readFileSync(f, 'utf8')));
    expect(importers.map((f) => f.slice(core.length))).toEqual(['holidays/library.ts']);
  });

  it('expands a multi-day holiday into one entry per day (Eid al-Fitr, three days in Egypt)', () => {
    const eid = libraryPublicDays('EG', 2026).filter((d) => d.rule.startsWith('1 Shawwal'));
    expect(eid.map((d) => d.date)).toEqual(['2026-03-20', '2026-03-21', '2026-03-22']);
  });

  it('knows which countries it covers', () => {
    expect(librarySupports('DE')).toBe(true);
    expect(librarySupports('KW')).toBe(false);
    expect(libraryPublicDays('KW', 2026)).toEqual([]);
  });

  it('evaluates rules in its grammar and refuses one it does not understand', () => {
    expect(ruleDates('4th thursday in November', 2028)).toEqual(['2028-11-23']);
    expect(ruleDates('chinese 01-0-01', 2028)).toEqual(['2028-01-26']);
    expect(() => ruleDates('the third blue moon', 2026)).toThrow('date-holidays does not understand the rule "the third blue moon"');
  });
});
