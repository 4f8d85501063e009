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

export async function benchLighthouse(): Promise<string[]> {
  const server = await startBenchServer(17_600);
  try {
    await createMeeting(server.url, await adminToken(server.url), openMeeting('lighthouse', 80));
    const url = `${server.url}/m/lighthouse`;
    const score = (c: { score: number | null } | undefined) =>
      c?.score == null ? 'n/a' : Math.round(c.score * 100);
    const v12 = await lighthouse('12', url, [
      '--only-categories=performance,accessibility,best-practices',
    ]);
    const v11 = await lighthouse('11', url, ['--only-categories=pwa']);
    return [
      `meeting page, Lighthouse 12 mobile: performance ${score(v12.performance)}, accessibility ${score(v12.accessibility)}, best practices ${score(v12['best-practices'])}`,
      `Lighthouse 11 PWA category: ${v11.pwa?.score ?? 'n/a'}`,
    ];
  } catch (err) {
    return [`Lighthouse skipped: ${(err as Error).message.split('\n')[0]}`];
  } finally {
    await server.stop();
  }
}
