import { describe, expect, it } from 'vitest';
import { findTargetPrice } from './target-price.ts';

describe('findTargetPrice', () => {
  it.each<[string, number, string]>([
    ['Our target price is USD 12.5/pc.', 12.5, 'USD'],
    ['target price USD 12.5/pc', 12.5, 'USD'],
    ['Can you do $8 per unit?', 8, 'USD'],
    ['We can pay $8 per unit', 8, 'USD'],
    ['Can you do €7,50?', 7.5, 'EUR'],
    ['Target: EUR 1.250,00 per set', 1250, 'EUR'],
    ['单价5美元', 5, 'USD'],
    ['目标价 RMB 50', 50, 'CNY'],
    ['价格 ¥50 一个', 50, 'CNY'],
    ['12 USD each', 12, 'USD'],
    ['Target price 9.5 USD each', 9.5, 'USD'],
    ['price around 17.80 dollars a piece', 17.8, 'USD'],
    ['our price limit is £6 per unit', 6, 'GBP'],
    ['target price AED 45/pc', 45, 'AED'],
    ['target price PLN 40 per set', 40, 'PLN'],
  ])('reads %s', (text, amount, currency) => {
    expect(findTargetPrice(text, { currencies: ['AED', 'PLN'] })).toEqual({ amount, currency });
  });

  it('takes the price with the strongest cue', () => {
    expect(findTargetPrice('Our budget is USD 50,000 in total. Target price USD 12/pc.')).toEqual({ amount: 12, currency: 'USD' });
  });

  it.each([
    ['a total or budget', 'Our total budget is USD 50,000.'],
    ['an amount without a price cue', 'We paid $300 for the trade fair booth.'],
    ['a deposit', 'We pay a 30% deposit of USD 3,000.'],
    ['lower-case words that spell a code', 'please try 5 samples'],
    ['a greeting', 'hello'],
  ])('finds no target price in %s', (_case, text) => {
    expect(findTargetPrice(text)).toBeNull();
  });
});
