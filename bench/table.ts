// The one shape every benchmark reports in: rows of (what, budget, figure, verdict), printed
// side by side in one table at the end of `npm run bench`.

export interface BenchRow {
  /** The module it came from ("http", "bundle"…); filled in by the runner. */
  module?: string;
  /** What was measured, with its database when it has one: "[sqlite] GET /api/meetings/:slug". */
  what: string;
  /** The budget as a person reads it ("≤ 100 ms", "≥ 0.5× fixed Hono"), or "" when none. */
  budget: string;
  /** The measured figure, with its unit and any context ("0.62× (14,210 req/s)"). */
  figure: string;
  /** true: within budget; false: over it; undefined: no budget (a figure for context). */
  ok?: boolean;
}

export interface BenchModule {
  /** Short name, also what `npm run bench -- <name> …` selects. */
  name: string;
  run(): Promise<BenchRow[]>;
}

/** A figure with no budget. */
export const info = (what: string, figure: string): BenchRow => ({ what, budget: '', figure });

/** A figure that must stay at or under `max` (same unit). */
export function atMost(what: string, value: number, max: number, unit: string): BenchRow {
  return {
    what,
    budget: `≤ ${fmt(max)} ${unit}`,
    figure: `${fmt(value)} ${unit}`,
    ok: value <= max,
  };
}

/** A figure that must reach at least `min` (same unit). */
export function atLeast(what: string, value: number, min: number, unit: string): BenchRow {
  return {
    what,
    budget: `≥ ${fmt(min)} ${unit}`,
    figure: `${fmt(value)} ${unit}`,
    ok: value >= min,
  };
}

/** A yes/no guarantee (nothing lost, nothing doubled…). */
export function holds(what: string, ok: boolean, figure: string, budget = 'holds'): BenchRow {
  return { what, budget, figure, ok };
}

export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  return x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export const kb = (bytes: number) => bytes / 1024;

const verdict = (ok?: boolean) => (ok === undefined ? '' : ok ? 'ok' : 'OVER');

/** Plain-text table, widths from the content, so any terminal or log shows it aligned. */
export function renderTable(rows: BenchRow[]): string {
  const header = ['module', 'what', 'budget', 'figure', ''];
  const cells = rows.map((r) => [r.module ?? '', r.what, r.budget, r.figure, verdict(r.ok)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join(
    '\n',
  );
}
