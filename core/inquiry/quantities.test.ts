import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.ts';

const read = (text: string) => findQuantities(text).map((q) => [q.value, q.unit]);

describe('findQuantities', () => {
  it.each<[string, Array<[number, string]>]>([
    ['5,000 pcs', [[5000, 'pcs']]],
    ['5.000 pieces', [[5000, 'pcs']]],
    ['5k pcs', [[5000, 'pcs']]],
    ['500 sets', [[500, 'sets']]],
    ['3 tons', [[3, 'tons']]],
    ['2.5 MT', [[2.5, 'tons']]],
    ['10 pallets', [[10, 'pallets']]],
    ['200 cartons', [[200, 'cartons']]],
    ['1000pcs', [[1000, 'pcs']]],
    ['2x40HQ', [[2, '40HQ']]],
    ['1 x 20GP', [[1, '20GP']]],
    ["2 * 40'HC", [[2, '40HQ']]],
    ['two 40ft containers', [[2, '40ft']]],
    ['a 20\' container', [[1, '20ft']]],
    ['3 containers', [[3, 'container']]],
    ['1 FCL', [[1, 'container']]],
    ['一个柜', [[1, 'container']]],
    ['两个40尺高柜', [[2, '40HQ']]],
    ['1个40HQ', [[1, '40HQ']]],
    ['一个20尺柜', [[1, '20ft']]],
    ['2个小柜', [[2, '20GP']]],
    ['500台', [[500, 'units']]],
    ['1000个', [[1000, 'pcs']]],
    ['5千套', [[5000, 'sets']]],
    ['1.5万只', [[15_000, 'pcs']]],
    ['三百台', [[300, 'units']]],
    ['两吨', [[2, 'tons']]],
    ['Quantity: 1000', [[1000, 'pcs']]],
    ['数量：2000', [[2000, 'pcs']]],
    ['Quantity: 2,000 Pieces', [[2000, 'pcs']]],
    ['500 pcs per month', [[500, 'pcs']]],
  ])('reads %s', (text, quantities) => {
    expect(read(text)).toEqual(quantities);
  });

  it('reads mixed units in order, each once', () => {
    expect(read('First 1x40HQ of kettles (about 3,000 pcs), then 500 sets of cookware and 3,000 pcs more; 2 tons of spare parts.')).toEqual([
      [1, '40HQ'],
      [3000, 'pcs'],
      [500, 'sets'],
      [2, 'tons'],
    ]);
  });

  it('keeps the words it read from', () => {
    expect(findQuantities('we need 2 x 40HQ soon')).toEqual([{ value: 2, unit: '40HQ', text: '2 x 40HQ' }]);
  });

  it.each([
    ['a year', 'We plan to launch in 2026.'],
    ['a date', 'Delivery before 2026-11-25'],
    ['a packing rate', '20 pcs/carton, 6 pcs per master carton'],
    ['a price', 'USD 12.5/pc or $8 per unit'],
    ['a model and a power rating', 'Model KT-1500, 1500W, 1.7L'],
    ['Chinese months and working days', '3个月内交货，5个工作日'],
    ['a spoken Chinese count', '我有一个问题，两件事'],
    ['a phone number', 'Tel: +49 40 1234567'],
    ['a bare number', 'we have 40 shops'],
    ['a greeting', 'hello'],
  ])('reads no quantity in %s', (_case, text) => {
    expect(findQuantities(text)).toEqual([]);
  });
});
