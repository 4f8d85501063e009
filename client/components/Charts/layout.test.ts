// Chart geometry: mirrored for right-to-left, proportional bars, percentages that add up.
import { describe, expect, it } from 'vitest';
import { barLengths, percentages, pointX, spanX } from './layout';

describe('chart layout', () => {
  it('lays spans from the right edge in Arabic and from the left otherwise', () => {
    expect(spanX('ltr', 400, 150, 100)).toBe(150);
    expect(spanX('rtl', 400, 150, 100)).toBe(150);
    expect(spanX('rtl', 400, 100, 50)).toBe(250);
    expect(pointX('rtl', 400, 10)).toBe(390);
  });

  it('draws the largest value at full length and nothing for an empty table', () => {
    expect(barLengths([7, 14, 0], 200)).toEqual([100, 200, 0]);
    expect(barLengths([0, 0], 200)).toEqual([0, 0]);
  });

  it('rounds percentages so that they add up to 100', () => {
    expect(percentages([30, 38])).toEqual([44, 56]);
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([0, 0])).toEqual([0, 0]);
  });
});
