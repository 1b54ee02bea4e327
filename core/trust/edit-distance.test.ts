import { describe, expect, it } from 'vitest';
import { boundedDistance, describeEdit } from './edit-distance.ts';
import { lookalikeNoteText } from './trust-reasons.ts';

describe('boundedDistance', () => {
  it.each<[string, string, number, number]>([
    ['acme', 'acme', 2, 0],
    ['acme', 'acm', 2, 1],
    ['acme', 'acmee', 2, 1],
    ['acme', 'acne', 2, 1],
    ['acme', 'amce', 2, 1],
    ['greenleaf', 'grenleef', 2, 2],
    ['greenleaf', 'grnleef', 2, 3],
    ['kitten', 'sitting', 5, 3],
    ['ca', 'abc', 5, 3],
    ['', 'abc', 5, 3],
    ['lumenhome', 'homelumen', 2, 3],
  ])('%s → %s within %i is %i', (a, b, max, expected) => {
    expect(boundedDistance(a, b, max)).toBe(expected);
    expect(boundedDistance(b, a, max)).toBe(expected);
  });
});

describe('describeEdit', () => {
  it.each([
    ['lumenhome', 'lumenhom', 'one letter missing'],
    ['lumenhome', 'lumenhoome', 'a letter doubled'],
    ['greenleaf', 'grenleaf', 'a double letter made single'],
    ['lumenhome', 'lumenhoem', 'two letters swapped'],
    ['lumenhome', 'lumenhorne', "'rn' for 'm'"],
    ['greenleaf', 'greenleat', "'t' for 'f'"],
    ['lumenhome', 'lumenhomes', 'one letter added'],
    ['manchester', 'manxhexter', 'a few letters changed'],
  ])('describes %s → %s as %s', (known, seen, expected) => {
    expect(lookalikeNoteText(describeEdit(known, seen))).toBe(expected);
  });
});
