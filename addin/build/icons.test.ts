import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { colourIcon, ICON_SIZES, outlineIcon } from './icons.ts';

/** RGBA of pixel (x, y). */
const pixel = (png: PNG, x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];

describe('icons', () => {
  it.each(ICON_SIZES)('draws the colour icon at %i px: transparent corners, a white dot in the teal square', (size) => {
    const png = PNG.sync.read(colourIcon(size));
    expect([png.width, png.height]).toEqual([size, size]);
    expect(pixel(png, 0, 0)[3]).toBe(0);
    const middle = Math.floor(size / 2);
    expect(pixel(png, middle, middle)).toEqual([255, 255, 255, 255]);
  });

  it('draws the 32 px outline icon: the white mark alone on transparency', () => {
    const png = PNG.sync.read(outlineIcon());
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(pixel(png, 0, 0)[3]).toBe(0);
    expect(pixel(png, 16, 16)).toEqual([255, 255, 255, 255]);
  });
});
