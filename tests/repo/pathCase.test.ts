// Checkouts on macOS and Windows fold case: two files whose import paths differ only by case
// (`./Counts` and `./counts`) would resolve to one file there. This keeps such pairs out.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `client/pages/X/Counts.tsx` and `…/counts.ts` share the import path `…/counts`. */
export function caseCollisions(paths: readonly string[]): string[][] {
  const byKey = new Map<string, Set<string>>();
  for (const p of paths) {
    const key = p.replace(/\.(test\.)?[^./]+$/, '').toLowerCase();
    const stem = p.replace(/\.(test\.)?[^./]+$/, '');
    const set = byKey.get(key) ?? new Set<string>();
    set.add(stem);
    byKey.set(key, set);
  }
  return [...byKey.values()].filter((s) => s.size > 1).map((s) => [...s].sort());
}

describe('paths in the repository', () => {
  it('finds a pair that differs only by case', () => {
    expect(caseCollisions(['a/Counts.tsx', 'a/counts.ts', 'a/b.ts'])).toEqual([
      ['a/Counts', 'a/counts'],
    ]);
  });

  it('has no two import paths that differ only by case', () => {
    const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(caseCollisions(files)).toEqual([]);
  });
});
