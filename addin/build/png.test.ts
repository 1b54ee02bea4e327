import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { colourIcon, ICON_SIZES, outlineIcon } from './icons.ts';
import { crc32, encodePng, pngSize } from './png.ts';

describe('encodePng', () => {
  it('computes the CRC-32 PNG uses', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('writes a valid PNG whose pixels read back', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128]);
    const png = encodePng(2, 1, rgba);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(pngSize(png)).toEqual({ width: 2, height: 1 });
    const idatLength = png.readUInt32BE(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...raw]).toEqual([0, ...rgba]);
  });

  it('refuses pixels that do not fit the size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(4))).toThrow('expected 16 bytes of RGBA, got 4');
  });
});

describe('icons', () => {
  it.each(ICON_SIZES)('draws the colour icon at %i px', (size) => {
    expect(pngSize(colourIcon(size))).toEqual({ width: size, height: size });
  });

  it('draws the 32 px outline icon', () => {
    expect(pngSize(outlineIcon())).toEqual({ width: 32, height: 32 });
  });
});
