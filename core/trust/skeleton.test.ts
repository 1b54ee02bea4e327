import { describe, expect, it } from 'vitest';
import { foreignLetters, labelSkeleton } from './skeleton.ts';
import { lookalikeNoteText } from './trust-reasons.ts';

describe('labelSkeleton', () => {
  it.each([
    ['rn read as m', 'lurnen-home', 'lumen-home'],
    ['vv read as w', 'vvestfield', 'westfield'],
    ['cl read as d', 'clarkimport', 'darkimport'],
    ['digit one for l', 'paypa1', 'paypal'],
    ['digit zero for o', 'g00dhome', 'goodhome'],
    ['Cyrillic о and а', 'lumen-hоmе', 'lumen-home'],
    ['Cyrillic palochka for l', 'аррӏе', 'apple'],
    ['Greek omicron', 'acmeο', 'acmeo'],
    ['accented letters', 'bücher', 'bucher'],
    ['Latin letters without a decomposition', 'łodz', 'lodz'],
    ['a zero-width joiner', 'acm\u200de', 'acme'],
    ['full-width letters', 'ａｃｍｅ', 'acme'],
  ])('gives one skeleton for %s', (_case, forged, genuine) => {
    expect(labelSkeleton(forged)).toBe(labelSkeleton(genuine));
  });

  it.each([
    ['acme', 'acne'],
    ['lumen-home', 'lumenhome'],
    ['greenleaf', 'greenleat'],
    ['例子', '例字'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(labelSkeleton(a)).not.toBe(labelSkeleton(b));
  });

  it('reads the fast ASCII path the way the table does', () => {
    const ascii = 'abcdefghijklmnopqrstuvwxyz0123456789-';
    // A non-ASCII character forces the table path; compare letter by letter with it.
    for (const char of ascii) expect(labelSkeleton(char)).toBe(labelSkeleton(`${char}\u00e9`).slice(0, -1));
    expect(labelSkeleton('rn')).toBe('m');
  });
});

describe('foreignLetters', () => {
  it.each<[string, string | null]>([
    ['lumen-home', null],
    ['lumen-hоme', 'Cyrillic letters'],
    ['αcme', 'Greek letters'],
    ['bücher', 'accented letters'],
    ['łodz', 'accented letters'],
  ])('says how %s imitates Latin: %s', (label, expected) => {
    const note = foreignLetters(label);
    expect(note && lookalikeNoteText(note)).toBe(expected);
  });
});
