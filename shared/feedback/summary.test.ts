// The summary maths: averages to two decimals, null where nobody rated, every score present.
import { describe, expect, it } from 'vitest';
import {
  addCounts,
  averageOf,
  countScores,
  emptyCounts,
  summarize,
  summaryFromCounts,
} from './summary';

describe('feedback summary maths', () => {
  it('averages the scores given, to two decimals', () => {
    // 3 × 5, 1 × 4, 1 × 2 → 21 / 5
    expect(averageOf([0, 1, 0, 1, 3])).toBe(4.2);
    // 4.125 rounds up, not down to a float's 4.12
    expect(averageOf([0, 0, 0, 7, 1])).toBe(4.13);
  });

  it('gives null, not 0, for a rating nobody gave', () => {
    const summary = summarize([
      { ratings: { overall: 4 } },
      { ratings: { overall: 2, content: null } },
    ]);
    expect(summary.averages).toEqual({
      overall: 3,
      content: null,
      organization: null,
      logistics: null,
      facilitation: null,
    });
  });

  it('lists every score 1–5 in each distribution, zeros included', () => {
    const summary = summarize([
      { ratings: { overall: 5 } },
      { ratings: { overall: 5, logistics: 1 } },
    ]);
    expect(summary.distribution.overall).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 2 });
    expect(summary.distribution.logistics).toEqual({ '1': 1, '2': 0, '3': 0, '4': 0, '5': 0 });
    expect(summary.distribution.content).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 });
  });

  it('counts entries per workshop, and feedback without a workshop only in the totals', () => {
    const summary = summarize([
      { ratings: { overall: 5 }, workshopId: 'w1' },
      { ratings: { overall: 3 }, workshopId: 'w1' },
      { ratings: { overall: 1 }, workshopId: 'w2' },
      { ratings: { overall: 2 } },
    ]);
    expect(summary.count).toBe(4);
    expect(Object.keys(summary.byWorkshop).sort()).toEqual(['w1', 'w2']);
    expect(summary.byWorkshop.w1?.count).toBe(2);
    expect(summary.byWorkshop.w1?.averages.overall).toBe(4);
    expect(summary.byWorkshop.w2?.averages.overall).toBe(1);
  });

  it('ignores scores outside 1–5 rather than skewing the average', () => {
    expect(countScores([{ ratings: { overall: 0 } }, { ratings: { overall: 6 } }]).overall).toEqual(
      [0, 0, 0, 0, 0],
    );
  });

  it('adds group counts into totals', () => {
    const a = countScores([{ ratings: { overall: 1, content: 2 } }]);
    const b = countScores([{ ratings: { overall: 1 } }]);
    const total = addCounts(addCounts(emptyCounts(), a), b);
    expect(summaryFromCounts(2, total).distribution.overall['1']).toBe(2);
    expect(summaryFromCounts(2, total).averages.content).toBe(2);
  });
});
