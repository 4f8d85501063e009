// The picture keeps Morocco's geography: every seat inside it, north up, east right.
import { describe, expect, it } from 'vitest';
import { PROVINCES, provinceByCode } from '../../../shared/geo';
import { HEIGHT, WIDTH, groundCircle, project } from './projection';

const at = (code: string) => project(provinceByCode(code) ?? { lat: 0, lng: 0 });

describe('the map projection', () => {
  it('puts all 75 provincial seats inside the picture', () => {
    for (const p of PROVINCES) {
      const { x, y } = project(p);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(WIDTH);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(HEIGHT);
    }
  });

  it('keeps north up and east to the right', () => {
    expect(at('tanger-assilah').y).toBeLessThan(at('oued-ed-dahab').y);
    expect(at('oujda-angad').x).toBeGreaterThan(at('tanger-assilah').x);
  });

  it('draws a ground circle wider than tall in the north (longitudes narrow there)', () => {
    const { rx, ry } = groundCircle({ lat: 35.78, lng: -5.81 }, 100);
    expect(rx).toBeGreaterThan(ry);
    expect(ry).toBeGreaterThan(0);
  });
});
