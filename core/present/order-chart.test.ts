import { describe, expect, it } from 'vitest';
import { MIN_BAR_HEIGHT, orderChart } from './order-chart.ts';

const months = (amounts: number[], start = [2025, 11]) =>
  amounts.map((amount, i) => {
    const m = start[1]! - 1 + i;
    return { month: `${start[0]! + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, amount };
  });

describe('orderChart', () => {
  it('scales bars to the largest month and grows them from the bottom', () => {
    const chart = orderChart(months([0, 50, 100, 1]), 40, 20, 2);
    expect(chart.max).toBe(100);
    expect(chart.bars.map((b) => [b.x, b.y, b.width, b.height])).toEqual([
      [1, 20, 8, 0],
      [11, 10, 8, 10],
      [21, 0, 8, 20],
      [31, 20 - MIN_BAR_HEIGHT, 8, MIN_BAR_HEIGHT],
    ]);
  });

  it('marks where each year starts', () => {
    const chart = orderChart(months([1, 2, 3], [2025, 12]), 30, 10, 0);
    expect(chart.years).toEqual([
      { x: 0, year: '2025' },
      { x: 10, year: '2026' },
    ]);
  });

  it('draws no bars for a customer without orders', () => {
    const chart = orderChart(months(new Array(24).fill(0)), 240, 48);
    expect(chart.max).toBe(0);
    expect(chart.bars.every((b) => b.height === 0)).toBe(true);
    expect(chart.bars).toHaveLength(24);
  });
});
