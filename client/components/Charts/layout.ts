// Chart geometry without the DOM: positions along the reading direction, so the same chart
// draws right-to-left in Arabic and left-to-right otherwise; proportions that add up.

export type Direction = 'rtl' | 'ltr';

/** Where a span measured from the start of the line lies on the x axis. */
export function spanX(dir: Direction, width: number, start: number, length: number): number {
  return dir === 'rtl' ? width - start - length : start;
}

/** The x of a point at `offset` from the start of the line. */
export function pointX(dir: Direction, width: number, offset: number): number {
  return dir === 'rtl' ? width - offset : offset;
}

/** Bar lengths proportional to values, the longest filling `max` (all zero: all zero). */
export function barLengths(values: number[], max: number): number[] {
  const top = Math.max(0, ...values);
  return values.map((v) => (top > 0 ? (v / top) * max : 0));
}

/** Whole percentages that add up to 100 (largest remainders first); zeros for no total. */
export function percentages(values: number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return values.map(() => 0);
  const exact = values.map((v) => (v * 100) / total);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (missing-- <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
  }
  return floors;
}
