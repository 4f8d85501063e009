// The order of a support list and how far its budget reaches.
import { describe, expect, it } from 'vitest';
import { rankList, summarize, type Candidate } from './ranking';

let seq = 0;
function c(name: string, over: Partial<Candidate> = {}): Candidate & { name: string } {
  seq++;
  return {
    name,
    eligible: true,
    priority: false,
    distanceKm: 100,
    registrationSeq: seq,
    decision: 'pending',
    ...over,
  };
}

const names = (list: Array<{ name: string }>) => list.map((x) => x.name);

describe('ranking a support list', () => {
  it('puts the farthest first, then the earliest registered among equals', () => {
    const ranked = rankList(
      [c('near', { distanceKm: 60 }), c('early'), c('far', { distanceKm: 230 }), c('late')],
      null,
      true,
    );
    expect(names(ranked)).toEqual(['far', 'early', 'late', 'near']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('puts persons with accessibility needs first when the policy gives them priority', () => {
    const items = [
      c('far', { distanceKm: 300 }),
      c('wheelchair', { distanceKm: 40, priority: true }),
    ];
    expect(names(rankList(items, null, true))).toEqual(['wheelchair', 'far']);
    expect(names(rankList(items, null, false))).toEqual(['far', 'wheelchair']);
  });

  it('ranks ineligible requests after every eligible one', () => {
    const ranked = rankList(
      [c('local', { eligible: false, distanceKm: 0 }), c('near', { distanceKm: 35 })],
      null,
      true,
    );
    expect(names(ranked)).toEqual(['near', 'local']);
    expect(ranked[1]?.withinBudget).toBe(false);
  });
});

describe('the budget', () => {
  it('reaches the first n eligible requests', () => {
    const ranked = rankList(
      [c('a', { distanceKm: 300 }), c('b', { distanceKm: 200 }), c('c', { distanceKm: 100 })],
      2,
      true,
    );
    expect(ranked.map((r) => [r.name, r.withinBudget])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
    ]);
  });

  it('gives a declined request’s place to the next one', () => {
    const ranked = rankList(
      [
        c('a', { distanceKm: 300, decision: 'declined' }),
        c('b', { distanceKm: 200 }),
        c('c', { distanceKm: 100 }),
      ],
      2,
      true,
    );
    expect(ranked.map((r) => r.withinBudget)).toEqual([false, true, true]);
  });

  it('counts approvals first, wherever they rank', () => {
    const ranked = rankList(
      [
        c('a', { distanceKm: 300 }),
        c('b', { distanceKm: 200 }),
        c('c', { distanceKm: 100, decision: 'approved' }),
      ],
      2,
      true,
    );
    expect(ranked.map((r) => [r.name, r.withinBudget])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
  });

  it('counts what is left', () => {
    const items = [
      c('a', { decision: 'approved' }),
      c('b', { decision: 'declined' }),
      c('c'),
      c('d', { eligible: false }),
    ];
    expect(summarize(items, 3)).toEqual({
      requested: 4,
      eligible: 3,
      approved: 1,
      declined: 1,
      pending: 2,
      budget: 3,
      remaining: 2,
    });
    expect(summarize(items, null).remaining).toBeNull();
  });
});
