/**
 * Touchpoint's icon at every size the manifests name, drawn from shapes with 4×4 supersampling:
 * a rounded teal square holding a white ring and dot (a contact "touch point"). The outline
 * variant (Teams/Microsoft 365 `outline.png`) is the white mark alone on transparency.
 */
import { PNG } from 'pngjs';

/** Sizes the XML and JSON manifests refer to (commands 16/20/24/32/40/48/64/80, mobile 25–144, store 64/128, colour 192). */
export const ICON_SIZES = [16, 20, 24, 25, 32, 40, 48, 50, 64, 75, 80, 96, 128, 144, 192] as const;

const TEAL = [11, 110, 153] as const;
const SAMPLES = 4;

type Shape = (x: number, y: number) => boolean;

function roundedSquare(r: number): Shape {
  return (x, y) => {
    const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
    const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
    return dx * dx + dy * dy <= r * r;
  };
}

function mark(x: number, y: number): boolean {
  const d = Math.hypot(x - 0.5, y - 0.5);
  return (d >= 0.25 && d <= 0.33) || d <= 0.11;
}

/** `size` × `size` RGBA pixels as a PNG file. */
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const png = new PNG({ width: size, height: size });
  png.data = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  return PNG.sync.write(png);
}

/** Pixel coverage of `shape` at (px, py) in a `size` grid, 0–1. */
function coverage(shape: Shape, px: number, py: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      if (shape((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

/** The colour icon (`icon-<size>.png`). */
export function colourIcon(size: number): Buffer {
  const square = roundedSquare(0.2);
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const bg = coverage(square, x, y, size);
      const fg = coverage((u, v) => square(u, v) && mark(u, v), x, y, size);
      const i = (y * size + x) * 4;
      // White mark over teal, alpha from the square's edge.
      const white = bg > 0 ? fg / bg : 0;
      rgba[i] = Math.round(TEAL[0] + (255 - TEAL[0]) * white);
      rgba[i + 1] = Math.round(TEAL[1] + (255 - TEAL[1]) * white);
      rgba[i + 2] = Math.round(TEAL[2] + (255 - TEAL[2]) * white);
      rgba[i + 3] = Math.round(255 * bg);
    }
  }
  return encodePng(size, rgba);
}

/** The outline icon: the white mark on transparency (Microsoft 365 asks for 32 × 32). */
export function outlineIcon(size = 32): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = 255;
      rgba[i + 3] = Math.round(255 * coverage(mark, x, y, size));
    }
  }
  return encodePng(size, rgba);
}
