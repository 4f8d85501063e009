// Measured on real names (tests/names/moroccanNames.ts, with where each comes from): a roster
// of 1,000 in one script, searched with each person's spelling in the other.
import { describe, expect, it } from 'vitest';
import { measureNames } from '../../tests/names/measure';
import { MOROCCAN_NAMES } from '../../tests/names/moroccanNames';

const figures = measureNames(1000);

describe('cross-script search over 1,000 names', () => {
  it('holds at least 150 real pairs: women and men, particles, compounds, Amazigh names', () => {
    expect(MOROCCAN_NAMES.length).toBeGreaterThanOrEqual(150);
    const count = (kind: string) =>
      MOROCCAN_NAMES.filter((p) => p.kinds.some((k) => k === kind)).length;
    expect(MOROCCAN_NAMES.filter((p) => p.gender === 'f').length).toBeGreaterThanOrEqual(40);
    expect(count('prefix')).toBeGreaterThanOrEqual(40);
    expect(count('compound')).toBeGreaterThanOrEqual(30);
    expect(count('amazigh')).toBeGreaterThanOrEqual(20);
    expect(MOROCCAN_NAMES.filter((p) => p.source.startsWith('seed 004')).length).toBe(14);
  });

  it('puts the right person among the first five for 95 % of the French spellings', () => {
    expect(
      figures.latinToArabic.recallAt5,
      figures.latinToArabic.misses.join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('puts the right person among the first five for 95 % of the Arabic spellings', () => {
    expect(
      figures.arabicToLatin.recallAt5,
      figures.arabicToLatin.misses.join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('puts the right person first for 80 % in both directions', () => {
    expect(figures.latinToArabic.top1).toBeGreaterThanOrEqual(0.8);
    expect(figures.arabicToLatin.top1).toBeGreaterThanOrEqual(0.8);
  });

  it('rarely puts anyone first for a person who is not on the roster', () => {
    expect(figures.falseFirst, figures.falseFirstExamples.join('\n')).toBeLessThanOrEqual(0.05);
  });
});
