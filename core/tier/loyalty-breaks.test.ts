import { describe, expect, it } from 'vitest';
import { buyingHistory } from './buying-history.ts';
import { dayNumber, isoOfDay } from './day-number.ts';
import { loyaltyBreaks, orderDaysUntil, usualInterval } from './loyalty-breaks.ts';
import { every, interaction, order, record, testConfig } from './test-records.ts';
import type { Interaction } from '../interaction.ts';

const TODAY = '2026-11-25';
const config = testConfig();

/** Breaks of a customer ordering on `dates`, as `[from, to, after, triggerAt]`. */
function breaks(dates: string[], events: Interaction[], asOf = TODAY) {
  const history = buyingHistory(record(dates.map((d) => order(d)), events), config);
  const at = dayNumber(asOf);
  return loyaltyBreaks(orderDaysUntil(history.orders, at), history.triggers, at).map((b) => [
    isoOfDay(b.from),
    b.to === null ? null : isoOfDay(b.to),
    b.after,
    isoOfDay(b.triggerDay),
  ]);
}

// Every 70 days, then a gap of 238 days (10 Jan → 4 Sep 2024), then every 70 days again.
const WITH_GAP = [...every('2023-06-14', 70, 4), ...every('2024-09-04', 70, 6)];

describe('usualInterval', () => {
  it.each([
    [[], null],
    [['2026-01-01'], null],
    [['2026-01-01', '2026-03-02'], 60],
    [['2026-01-01', '2026-01-11', '2026-07-30', '2026-08-14'], 15],
    [['2026-01-01', '2026-01-11', '2026-07-30', '2026-08-14', '2026-09-13'], 22.5],
  ])('of %j is %s days (the median gap)', (dates, expected) => {
    expect(usualInterval(dates.map(dayNumber))).toBe(expected);
  });

  it('counts several orders on one day as one buying day', () => {
    const history = buyingHistory(record([order('2026-01-01'), order('2026-01-01'), order('2026-03-02')]), config);
    expect(orderDaysUntil(history.orders, dayNumber(TODAY))).toEqual([dayNumber('2026-01-01'), dayNumber('2026-03-02')]);
  });
});

describe('loyaltyBreaks', () => {
  it('finds a gap well past the usual interval that began within months of a price notice', () => {
    expect(WITH_GAP.slice(3, 5)).toEqual(['2024-01-10', '2024-09-04']);
    expect(breaks(WITH_GAP, [interaction('price_notice', '2024-01-20'), interaction('price_notice', '2025-01-15')])).toEqual([
      ['2024-01-10', '2024-09-04', 'price_notice', '2024-01-20'],
    ]);
  });

  it('finds one after a lost quote, but not after a quote won or still open', () => {
    const won = interaction('quote', '2024-02-01', { outcome: 'won' });
    const open = interaction('quote', '2024-02-10', { outcome: 'open' });
    expect(breaks(WITH_GAP, [won, open])).toEqual([]);
    expect(breaks(WITH_GAP, [won, interaction('quote', '2024-03-01', { outcome: 'lost' })])).toEqual([
      ['2024-01-10', '2024-09-04', 'lost_quote', '2024-03-01'],
    ]);
  });

  it('names the nearest event before the break began', () => {
    const events = [interaction('quote', '2023-12-01', { outcome: 'lost' }), interaction('price_notice', '2024-01-20')];
    expect(breaks(WITH_GAP, events)[0]?.[2]).toBe('price_notice');
  });

  it.each([
    ['no event at all', []],
    ['a notice over 120 days before the next order was due (20 Mar 2024)', [interaction('price_notice', '2023-11-20')]],
    ['a notice after the break began', [interaction('price_notice', '2024-04-15')]],
    ['a greeting', [interaction('greeting', '2024-01-20')]],
  ])('is not a break after %s', (_what, events) => {
    expect(breaks(WITH_GAP, events)).toEqual([]);
  });

  it('does not call a gap twice the usual one a break unless it is also 60 days longer', () => {
    // Every 30 days, last on 5 April, then a gap of 70 days (over 2 × 30 but not 30 + 60); with 95 days it is one.
    const notice = [interaction('price_notice', '2026-04-01')];
    expect(breaks([...every('2026-01-05', 30, 4), ...every('2026-06-14', 30, 3)], notice)).toEqual([]);
    expect(breaks([...every('2026-01-05', 30, 4), ...every('2026-07-09', 30, 3)], notice)).toEqual([['2026-04-05', '2026-07-09', 'price_notice', '2026-04-01']]);
  });

  it('counts a break still going on', () => {
    const dates = every('2025-06-01', 60, 4); // last order 2025-11-28, next due 2026-01-27
    expect(breaks(dates, [interaction('price_notice', '2026-01-15')])).toEqual([['2025-11-28', null, 'price_notice', '2026-01-15']]);
  });

  it('needs three order days before anything is "usual"', () => {
    expect(breaks(['2025-01-10', '2025-03-10'], [interaction('price_notice', '2025-04-01')])).toEqual([]);
  });

  it('sees only what was known as of the day asked', () => {
    const events = [interaction('price_notice', '2024-01-20')];
    // As of 1 June 2024 the gap is 143 days and goes on: already a break.
    expect(breaks(WITH_GAP, events, '2024-06-01')).toEqual([['2024-01-10', null, 'price_notice', '2024-01-20']]);
    expect(breaks(WITH_GAP, events, '2024-01-25')).toEqual([]);
  });
});

describe('usualInterval over a long history', () => {
  it('takes the median of hundreds of gaps', () => {
    // 300 weekly orders, then 101 fortnightly ones: 299 gaps of 7 and 100 of 14, median 7.
    const weekly = every('2015-01-05', 7, 300);
    const fortnightly = every(every('2015-01-05', 7, 301)[300]!, 14, 101);
    expect(usualInterval([...weekly, ...fortnightly].map(dayNumber))).toBe(7);
    // 299 gaps of 14, one of 2 years, 399 of 3: median 3.
    expect(usualInterval([...every('2010-01-04', 14, 300), ...every('2024-01-01', 3, 400)].map(dayNumber))).toBe(3);
  });
});
