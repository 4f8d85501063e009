// Throughput of POST …/registrations on SQLite (50 connections), the figure the integrity
// guards (conditional transitions, input scans) must not cost more than 10 % of.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { adminToken, startBenchServer } from './server';
import { createMeeting, openMeeting, participant } from './fixtures';
import { atLeast, type BenchRow } from './table';

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

/** Requests per second of accepted registrations, median of `rounds` runs of `seconds` each. */
export async function registrationWriteRate(rounds = 3, seconds = 8): Promise<number> {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-client-'));
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Liqa</title>');
  const server = await startBenchServer(19_000 + Math.floor(Math.random() * 1000), {
    LIQA_CLIENT_DIR: clientDir,
  });
  try {
    const token = await adminToken(server.url);
    const rates: number[] = [];
    for (let round = 0; round <= rounds; round++) {
      const slug = `bench-guard-${round}`;
      await createMeeting(server.url, token, openMeeting(slug, 1_000_000));
      const result = await run({
        url: `${server.url}/api/meetings/${slug}/registrations`,
        connections: 50,
        duration: round === 0 ? 3 : seconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: JSON.stringify(participant()) }),
          },
        ],
      });
      // Round 0 warms the server up and is not counted.
      if (round > 0) rates.push((result.requests.total - result.non2xx - result.errors) / seconds);
    }
    rates.sort((a, b) => a - b);
    return rates[Math.floor(rates.length / 2)] ?? 0;
  } finally {
    await server.stop();
  }
}

/** Measured on this machine before the guards (row locks, compare-and-set, input scans). */
const BEFORE_GUARDS_REQ_S = 843;

export async function benchRegistrationWrite(): Promise<BenchRow[]> {
  const rate = await registrationWriteRate();
  return [
    atLeast(
      `[sqlite] POST …/registrations with the integrity guards (${BEFORE_GUARDS_REQ_S} req/s before)`,
      Math.round(rate),
      Math.round(BEFORE_GUARDS_REQ_S * 0.9),
      'req/s',
    ),
  ];
}

if (process.argv[1]?.endsWith('registrationWrite.ts')) {
  console.log(`${Math.round(await registrationWriteRate())} req/s`);
}
