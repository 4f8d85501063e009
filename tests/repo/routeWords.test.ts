// Each screen has its words: an area a screen's code names in a key ('staff:reg.title') is one
// the lazyComponent that loads the screen fetches with it (client/app/routes.tsx), or the screen
// would show raw keys. The shell (client/main.tsx, eager) has only the shared words (`common`).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLIENT = join(ROOT, 'client');
const CATALOGUES = join(CLIENT, 'i18n');

const AREAS = new Set(
  readdirSync(join(CATALOGUES, 'ar'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'common.ts')
    .map((f) => f.replace(/\.ts$/, '')),
);

function resolveModule(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const file of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ])
    if (existsSync(file) && statSync(file).isFile()) return file;
  return null;
}

interface LazyScreen {
  target: string;
  areas: Set<string>;
  declaredIn: string;
}

/** Every lazyComponent(() => import('…'), fallback, areas) of a file, its areas spelled out. */
function lazyScreensOf(file: string, text: string): LazyScreen[] {
  const constants = new Map<string, string[]>();
  for (const m of text.matchAll(/const ([A-Z_]+) = \[([^\]]*)\] as const/g))
    constants.set(
      m[1]!,
      [...m[2]!.matchAll(/'(\w+)'/g)].map((q) => q[1]!),
    );
  const screens: LazyScreen[] = [];
  const calls =
    /lazyComponent\(\s*\(\)\s*=>\s*import\('([^']+)'\),\s*[^,]+?,?\s*(\[[^\]]*\]|[A-Z_]+)?,?\s*\)/gs;
  for (const m of text.matchAll(calls)) {
    const target = resolveModule(file, m[1]!);
    if (!target) continue;
    const list = m[2] ?? '[]';
    const areas = new Set([...list.matchAll(/'(\w+)'/g)].map((q) => q[1]!));
    for (const [name, values] of constants)
      if (new RegExp(`\\b${name}\\b`).test(list)) for (const v of values) areas.add(v);
    screens.push({ target, areas, declaredIn: file });
  }
  return screens;
}

/** The modules a file loads at run time: static imports (not `import type`) and import(). */
function importsOf(text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm))
    specs.push(m[1]!);
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) specs.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*'([^']+)'\s*\)/g)) specs.push(m[1]!);
  return specs;
}

const source = (file: string) => readFileSync(file, 'utf8');
const lazyTargets = new Map<string, LazyScreen>();
function collectLazy(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) collectLazy(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      for (const screen of lazyScreensOf(path, source(path)))
        lazyTargets.set(screen.target, screen);
  }
}
collectLazy(CLIENT);

/** Each area a screen's code names outside the areas it loads, with the file naming it. */
function missingWords(entry: string, areas: Set<string>): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  const missing: string[] = [];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = source(file);
    for (const m of text.matchAll(/['"`](\w+):(?=[\w.$])/g)) {
      const area = m[1]!;
      if (AREAS.has(area) && !areas.has(area))
        missing.push(`${relative(ROOT, file)} names '${area}:'`);
    }
    for (const spec of importsOf(text)) {
      const next = resolveModule(file, spec);
      // Another screen's own chunk is checked against its own areas; catalogues are words.
      if (!next || next.startsWith(CATALOGUES) || (lazyTargets.has(next) && next !== entry))
        continue;
      if (next.startsWith(CLIENT)) queue.push(next);
    }
  }
  return [...new Set(missing)];
}

describe('the words each screen loads', () => {
  it('finds the screens of the app (a check that reads nothing would pass anything)', () => {
    expect(lazyTargets.size).toBeGreaterThanOrEqual(20);
    expect([...lazyTargets.values()].some((s) => s.areas.has('staff'))).toBe(true);
  });

  it('the shell names no area beyond the shared words', () => {
    expect(missingWords(join(CLIENT, 'main.tsx'), new Set())).toEqual([]);
  });

  for (const screen of lazyTargets.values()) {
    const name = relative(CLIENT, screen.target);
    it(`${name} names only the areas it loads (${[...screen.areas].join(', ') || 'none'})`, () => {
      expect(missingWords(screen.target, screen.areas)).toEqual([]);
    });
  }
});
