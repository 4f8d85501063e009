import { describe, expect, it } from 'vitest';
import { fromEligibleRegion } from './eligibleRegion';

// 01: Tanger-Tétouan-Al Hoceïma.
const tangier = { eligibleRegions: ['01'] };

describe('fromEligibleRegion', () => {
  it('admits a province of a target region', () => {
    expect(fromEligibleRegion(tangier, 'tetouan')).toBe(true);
  });
  it('refuses a province of another region', () => {
    expect(fromEligibleRegion(tangier, 'casablanca')).toBe(false);
  });
  it('refuses a province it does not know when the meeting names regions', () => {
    expect(fromEligibleRegion(tangier, 'atlantis')).toBe(false);
  });
  it('admits everyone when the meeting names no region', () => {
    expect(fromEligibleRegion({}, 'casablanca')).toBe(true);
    expect(fromEligibleRegion({ eligibleRegions: [] }, 'atlantis')).toBe(true);
  });
});
