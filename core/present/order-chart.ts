/**
 * The geometry of the small order-value chart (24 monthly bars, oldest first), so every
 * surface draws the same picture: the pane as inline SVG, a card as an image.
 */
import type { OrdersBlock } from '../customer-context.ts';

export interface ChartBar {
  month: string;
  amount: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OrderChart {
  width: number;
  height: number;
  bars: ChartBar[];
  /** The largest month, the top of the scale; 0 when there were no orders. */
  max: number;
  /** Where each January starts, for a year label under the bars. */
  years: Array<{ x: number; year: string }>;
}

/** Height of a month with orders, at least: a small order stays visible beside a big one. */
export const MIN_BAR_HEIGHT = 2;

/**
 * Lays out one bar per month in a `width` × `height` box (bars grow up from the bottom).
 * @param gap space between bars. Default 2.
 */
export function orderChart(monthly: OrdersBlock['monthly'], width: number, height: number, gap = 2): OrderChart {
  const max = monthly.reduce((m, p) => Math.max(m, p.amount), 0);
  const step = monthly.length ? width / monthly.length : 0;
  const barWidth = Math.max(1, step - gap);
  const round = (n: number) => Math.round(n * 100) / 100;
  const bars = monthly.map((p, i) => {
    const h = max === 0 || p.amount <= 0 ? 0 : Math.max(MIN_BAR_HEIGHT, (p.amount / max) * height);
    return { month: p.month, amount: p.amount, x: round(i * step + gap / 2), y: round(height - h), width: round(barWidth), height: round(h) };
  });
  const years = monthly.flatMap((p, i) => (i === 0 || p.month.endsWith('-01') ? [{ x: round(i * step + gap / 2), year: p.month.slice(0, 4) }] : []));
  return { width, height, bars, max, years };
}
