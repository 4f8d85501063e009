import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrImage } from './qrImage';

/** Paints the path's runs (white ground, `scale` pixels a module) into RGBA pixels. */
function rasterize(side: number, path: string, scale = 4): Uint8ClampedArray {
  const width = side * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(run)) * scale; px++) {
        const at = (py * width + px) * 4;
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
      }
    }
  }
  return pixels;
}

describe('the QR ticket on the phone', () => {
  const token = 'p97_J86mptGe0RNZzgDL9KPjytmRaLiEIWNHNPEsCb8';

  it('decodes to the token', () => {
    const { side, path } = qrImage(token);
    expect(jsQR(rasterize(side, path), side * 4, side * 4)?.data).toBe(token);
  });

  it('keeps a quiet zone of 4 light modules on every side', () => {
    const { side, path } = qrImage(token);
    const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number));
    expect(Math.min(...runs.map(([x]) => x as number))).toBe(QUIET_ZONE);
    expect(Math.min(...runs.map(([, y]) => y as number))).toBe(QUIET_ZONE);
    expect(Math.max(...runs.map(([x, , run]) => (x as number) + (run as number)))).toBe(
      side - QUIET_ZONE,
    );
  });
});
