import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CHART_HEIGHT, CHART_WIDTH, renderOrderChart } from './order-chart.ts';
import { readChartLink, signChartLink } from './signed-link.ts';

const KEY = 'k'.repeat(40);
const NOW = Date.parse('2026-11-25T04:00:00Z');
const amounts = Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? 0 : 1000 * (i + 1)));

describe('chart links', () => {
  it('carry the amounts and read back until they expire', () => {
    const url = new URL(signChartLink('https://tp.example.com/gmail', KEY, { amounts }, NOW));
    expect(url.pathname).toBe('/gmail/chart.png');
    expect(readChartLink(url.searchParams, KEY, NOW + 60_000)).toEqual({ amounts });
    expect(readChartLink(url.searchParams, KEY, NOW + 25 * 3_600_000)).toBeNull();
  });

  it('refuse an altered amount, another key and a missing signature', () => {
    const url = new URL(signChartLink('https://tp.example.com/gmail', KEY, { amounts }, NOW));
    const altered = new URLSearchParams(url.searchParams);
    altered.set('m', altered.get('m')!.replace(/^0/, '1'));
    expect(readChartLink(altered, KEY, NOW)).toBeNull();
    expect(readChartLink(url.searchParams, 'x'.repeat(40), NOW)).toBeNull();
    const unsigned = new URLSearchParams(url.searchParams);
    unsigned.delete('s');
    expect(readChartLink(unsigned, KEY, NOW)).toBeNull();
  });
});

describe('renderOrderChart', () => {
  it('draws a PNG with the last twelve months darker than the twelve before', () => {
    const png = PNG.sync.read(renderOrderChart(amounts));
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    const slot = CHART_WIDTH / 24;
    const pixel = (month: number) => {
      const x = Math.floor(month * slot + slot / 2);
      const y = CHART_HEIGHT - 8;
      const i = (png.width * y + x) * 4;
      return [...png.data.subarray(i, i + 3)];
    };
    expect(pixel(0)).toEqual([255, 255, 255]); // no orders that month
    expect(pixel(1)).toEqual([174, 203, 250]); // earlier year
    expect(pixel(22)).toEqual([26, 115, 232]); // last twelve months
  });
});
