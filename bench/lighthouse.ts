// Lighthouse on the public meeting page (mobile, default throttling): lighthouse 12 for
// performance / accessibility / best practices, lighthouse 11 for the PWA category.
// Fetched with npx on first use; skipped (with the reason) if that is not possible.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { adminToken, startBenchServer } from './server';
import { createMeeting, openMeeting } from './fixtures';
import { atLeast, info, type BenchRow } from './table';

const run = promisify(execFile);
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

async function lighthouse(
  version: string,
  url: string,
  extra: string[],
): Promise<Record<string, { score: number | null }>> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'liqa-lh-')), 'report.json');
  await run(
    'npx',
    [
      '-y',
      `lighthouse@${version}`,
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
  return (
    JSON.parse(readFileSync(out, 'utf8')) as {
      categories: Record<string, { score: number | null }>;
    }
  ).categories;
}

export async function benchLighthouse(): Promise<BenchRow[]> {
  const server = await startBenchServer(17_600);
  try {
    await createMeeting(server.url, await adminToken(server.url), openMeeting('lighthouse', 80));
    const url = `${server.url}/m/lighthouse`;
    const v12 = await lighthouse('12', url, [
      '--only-categories=performance,accessibility,best-practices',
    ]);
    const v11 = await lighthouse('11', url, ['--only-categories=pwa']);
    const score = (what: string, c: { score: number | null } | undefined, min: number) =>
      atLeast(`meeting page, Lighthouse 12 mobile, ${what}`, c?.score ?? 0, min, '');
    return [
      score('performance', v12.performance, 0.99),
      score('accessibility', v12.accessibility, 1),
      score('best practices', v12['best-practices'], 1),
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
