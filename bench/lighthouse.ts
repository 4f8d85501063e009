// Lighthouse on the public meeting page (mobile, default throttling): lighthouse 12 for
// performance / accessibility / best practices (median of three runs: the machine is shared),
// lighthouse 11 for the PWA category. Run from node_modules when installed there (the
// `lighthouse` devDependency, and `lighthouse-11` as an npm alias), else fetched with npx at a
// pinned version; when neither works, the row says why (Lighthouse's own last words, not npx's).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { adminToken, startBenchServer } from './server';
import { createMeeting, openMeeting } from './fixtures';
import { atLeast, info, type BenchRow } from './table';

const run = promisify(execFile);
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

/** The versions the budgets were set with; npx fetches these when node_modules has none. */
const PINNED = { '12': '12.8.2', '11': '11.7.1' } as const;
type Major = keyof typeof PINNED;

/** `node <cli>` of an installed Lighthouse of that major version, else `npx -y lighthouse@x`. */
function lighthouseCommand(major: Major): [string, string[]] {
  for (const name of ['lighthouse', `lighthouse-${major}`]) {
    const dir = path.resolve('node_modules', name);
    const pkg = path.join(dir, 'package.json');
    if (!existsSync(pkg)) continue;
    const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
    if (version.split('.')[0] === major) {
      return [process.execPath, [path.join(dir, 'cli', 'index.js')]];
    }
  }
  return ['npx', ['-y', `lighthouse@${PINNED[major]}`]];
}

type Categories = Record<string, { score: number | null }>;

async function lighthouse(major: Major, url: string, extra: string[]): Promise<Categories> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'liqa-lh-')), 'report.json');
  const [command, args] = lighthouseCommand(major);
  try {
    await run(
      command,
      [
        ...args,
        url,
        `--chrome-flags=${CHROME_FLAGS}`,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        ...extra,
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
        timeout: 300_000,
      },
    );
  } catch (err) {
    // execFile's message starts with "Command failed: npx …", which says nothing of the cause.
    const { stderr, killed } = err as { stderr?: string; killed?: boolean };
    const last = (stderr ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(-2)
      .join(' / ');
    throw new Error(
      `${[command, ...args].join(' ')}: ${killed ? 'timed out after 300 s' : last || (err as Error).message}`,
    );
  }
  return (JSON.parse(readFileSync(out, 'utf8')) as { categories: Categories }).categories;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchLighthouse(): Promise<BenchRow[]> {
  const server = await startBenchServer(17_600 + Math.floor(Math.random() * 100));
  try {
    await createMeeting(server.url, await adminToken(server.url), openMeeting('lighthouse', 80));
    const url = `${server.url}/m/lighthouse`;
    const runs: Categories[] = [];
    for (let i = 0; i < 3; i++) {
      runs.push(
        await lighthouse('12', url, ['--only-categories=performance,accessibility,best-practices']),
      );
    }
    const v11 = await lighthouse('11', url, ['--only-categories=pwa']);
    const scores = (category: string) => runs.map((r) => r[category]?.score ?? 0);
    const row = (what: string, figure: number, min: number, all: number[]) => ({
      ...atLeast(`meeting page, Lighthouse 12 mobile, ${what}`, figure, min, ''),
      figure: `${figure} (runs ${all.join(', ')})`,
    });
    const performance = scores('performance');
    const accessibility = scores('accessibility');
    const bestPractices = scores('best-practices');
    return [
      row('performance (median of 3)', median(performance) ?? 0, 0.99, performance),
      // Accessibility and best practices do not depend on the machine's load: the worst run counts.
      row('accessibility', Math.min(...accessibility), 1, accessibility),
      row('best practices', Math.min(...bestPractices), 1, bestPractices),
      info('meeting page, Lighthouse 11 PWA category', String(v11.pwa?.score ?? 'n/a')),
    ];
  } catch (err) {
    return [
      {
        what: 'Lighthouse (meeting page)',
        budget: 'runs',
        figure: `skipped: ${(err as Error).message.split('\n')[0]}`,
        ok: false,
      },
    ];
  } finally {
    await server.stop();
  }
}
