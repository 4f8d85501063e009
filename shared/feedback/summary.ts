// The maths of the feedback summary: from how many gave each score (the database counts them,
// set-based) to averages and distributions. Pure, so both sides and the tests share it.
import { RATING_KEYS, type RatingKey } from '../schemas/feedback';

export const SCORES = ['1', '2', '3', '4', '5'] as const;
export type Score = (typeof SCORES)[number];
export type Distribution = Record<Score, number>;

/** For each rating, how many gave 1, 2, 3, 4, 5 (index 0 is the score 1). */
export type ScoreCounts = Record<RatingKey, readonly number[]>;

export interface RatingSummary {
  count: number;
  averages: Record<RatingKey, number | null>;
  distribution: Record<RatingKey, Distribution>;
}

export interface FeedbackSummary extends RatingSummary {
  /** Per workshop id; feedback given for no workshop counts only in the totals. */
  byWorkshop: Record<string, RatingSummary>;
}

export function emptyCounts(): ScoreCounts {
  return Object.fromEntries(
    RATING_KEYS.map((key) => [key, [0, 0, 0, 0, 0]]),
  ) as unknown as ScoreCounts;
}

/** The mean score to two decimals, or null when nobody gave this rating. */
export function averageOf(counts: readonly number[]): number | null {
  let n = 0;
  let sum = 0;
  counts.forEach((c, i) => {
    n += c;
    sum += c * (i + 1);
  });
  // Integer arithmetic until the one division, so 4.125 rounds as people expect (4.13).
  return n === 0 ? null : Math.round((sum * 100) / n) / 100;
}

export function distributionOf(counts: readonly number[]): Distribution {
  return Object.fromEntries(SCORES.map((s, i) => [s, counts[i] ?? 0])) as Distribution;
}

export function summaryFromCounts(count: number, counts: ScoreCounts): RatingSummary {
  const averages = {} as Record<RatingKey, number | null>;
  const distribution = {} as Record<RatingKey, Distribution>;
  for (const key of RATING_KEYS) {
    averages[key] = averageOf(counts[key]);
    distribution[key] = distributionOf(counts[key]);
  }
  return { count, averages, distribution };
}

/** Adds one group's counts into another's (the totals are the sum of the workshops'). */
export function addCounts(into: ScoreCounts, more: ScoreCounts): ScoreCounts {
  const out = emptyCounts();
  for (const key of RATING_KEYS) {
    out[key] = into[key].map((c, i) => c + (more[key][i] ?? 0));
  }
  return out;
}

type Rated = { ratings: Partial<Record<RatingKey, number | null | undefined>> };

/** Counts scores of entries held in memory (a reference for the SQL, and for small lists). */
export function countScores(entries: readonly Rated[]): ScoreCounts {
  const counts = emptyCounts();
  for (const entry of entries) {
    for (const key of RATING_KEYS) {
      const score = entry.ratings[key];
      if (typeof score === 'number' && score >= 1 && score <= 5) {
        const row = counts[key] as number[];
        row[score - 1] = (row[score - 1] ?? 0) + 1;
      }
    }
  }
  return counts;
}

export function summarize(
  entries: readonly (Rated & { workshopId?: string | null })[],
): FeedbackSummary {
  const byWorkshop: Record<string, RatingSummary> = {};
  const groups = new Map<string, Rated[]>();
  for (const e of entries) {
    if (!e.workshopId) continue;
    const group = groups.get(e.workshopId);
    if (group) group.push(e);
    else groups.set(e.workshopId, [e]);
  }
  for (const [id, group] of groups)
    byWorkshop[id] = summaryFromCounts(group.length, countScores(group));
  return { ...summaryFromCounts(entries.length, countScores(entries)), byWorkshop };
}
