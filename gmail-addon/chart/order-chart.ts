/**
 * The order-value chart as a PNG: one bar per month, the last twelve months darker, a baseline.
 * Drawn into an RGBA buffer and encoded by pngjs; labels stay in the card's text, where Gmail
 * renders them in the user's language and font.
 */
import { PNG } from 'pngjs';

export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 120;

const BACKGROUND = [255, 255, 255, 255] as const;
const EARLIER = [174, 203, 250, 255] as const;
const RECENT = [26, 115, 232, 255] as const;
const AXIS = [189, 193, 198, 255] as const;

type Rgba = readonly [number, number, number, number];

function fill(png: PNG, x0: number, y0: number, x1: number, y1: number, colour: Rgba): void {
  for (let y = Math.max(0, y0); y < Math.min(png.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(png.width, x1); x++) {
      const i = (png.width * y + x) << 2;
      png.data[i] = colour[0];
      png.data[i + 1] = colour[1];
      png.data[i + 2] = colour[2];
      png.data[i + 3] = colour[3];
    }
  }
}

/** A bar chart of `amounts` (oldest first); the last twelve bars are drawn darker. */
export function renderOrderChart(amounts: readonly number[]): Buffer {
  const png = new PNG({ width: CHART_WIDTH, height: CHART_HEIGHT });
  fill(png, 0, 0, CHART_WIDTH, CHART_HEIGHT, BACKGROUND);
  const top = 6;
  const baseline = CHART_HEIGHT - 6;
  const max = Math.max(0, ...amounts);
  const slot = Math.floor(CHART_WIDTH / Math.max(1, amounts.length));
  const gap = Math.max(2, Math.floor(slot / 5));
  amounts.forEach((amount, i) => {
    if (max === 0 || amount <= 0) return;
    // Any order at all shows at least a sliver, so a small month is not mistaken for none.
    const height = Math.max(2, Math.round(((baseline - top) * amount) / max));
    const x = i * slot + Math.floor(gap / 2);
    fill(png, x, baseline - height, x + slot - gap, baseline, i >= amounts.length - 12 ? RECENT : EARLIER);
  });
  fill(png, 0, baseline, CHART_WIDTH, baseline + 1, AXIS);
  return PNG.sync.write(png);
}
