import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseCount, parseNumber } from './numbers.ts';

describe('parseNumber', () => {
  it.each<[string, number]>([
    ['5000', 5000],
    ['5,000', 5000],
    ['5.000', 5000],
    ['5 000', 5000],
    ["5'000", 5000],
    ['1,000,000', 1_000_000],
    ['12.5', 12.5],
    ['7,50', 7.5],
    ['0,500', 0.5],
    ['1.250,00', 1250],
    ['1,250.00', 1250],
    ['17.80', 17.8],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '1,2,3', '12a'])('gives NaN for %j', (text) => {
    expect(parseNumber(text)).toBeNaN();
  });
});

describe('parseChineseNumeral', () => {
  it.each<[string, number]>([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三百五十', 350],
    ['五千', 5000],
    ['一万', 10_000],
    ['两万五千', 25_000],
    ['一千零五', 1005],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('gives NaN for other characters', () => {
    expect(parseChineseNumeral('五个')).toBeNaN();
  });
});

describe('parseCount', () => {
  it.each<[string, string | undefined, number]>([
    ['5', 'k', 5000],
    ['5', '千', 5000],
    ['1.5', '万', 15_000],
    ['五', '千', 5000],
    ['500', undefined, 500],
  ])('reads %s%s as %d', (count, multiplier, value) => {
    expect(parseCount(count, multiplier)).toBe(value);
  });
});
