// One table style: every <table> of the client carries global.css's `table` class, and no CSS
// module styles a table from scratch (border-collapse is where a second style would start).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const tracked = (pattern: string) =>
  execFileSync('git', ['ls-files', pattern], { encoding: 'utf8' }).split('\n').filter(Boolean);

/** The opening tags of tables whose class list lacks the shared `table` class. */
export function unstyledTables(source: string): string[] {
  return [...source.matchAll(/<table\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\bclass=\{?["'`](?:[^"'`]*\s)?table[\s"'`]/.test(tag));
}

describe('tables', () => {
  it('tells a table with the shared class from one without', () => {
    expect(unstyledTables('<table class="table stacked"><table class={`table ${s.x}`}>')).toEqual(
      [],
    );
    expect(unstyledTables('<table class={styles.table}><table>')).toEqual([
      '<table class={styles.table}>',
      '<table>',
    ]);
  });

  it('all carry the shared table class', () => {
    const offenders = tracked('client/*.tsx').flatMap((path) =>
      unstyledTables(readFileSync(path, 'utf8')).map((tag) => `${path}: ${tag}`),
    );
    expect(offenders).toEqual([]);
  });

  it('are styled from scratch in no CSS module', () => {
    const offenders = tracked('client/*.module.css').filter((path) =>
      readFileSync(path, 'utf8').includes('border-collapse'),
    );
    expect(offenders).toEqual([]);
  });
});
