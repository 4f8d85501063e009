// Throughput of the hot endpoints with 50 connections (autocannon), and a registration burst.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { adminToken, startBenchServer } from './server';
import { createMeeting, openMeeting, participant } from './fixtures';

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

function line(label: string, r: autocannon.Result): string {
  const ok = r.requests.total - r.non2xx - r.errors;
  return `${label}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${ok} ok, ${r.non2xx} non-2xx, ${r.errors} errors`;
}

export async function benchHttp(dbLabel: string, env: Record<string, string>): Promise<string[]> {
  const out: string[] = [];
  // The API alone: a stub shell spares this benchmark the client build.
  const clientDir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-client-'));
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Liqa</title>');
  const server = await startBenchServer(18_000 + Math.floor(Math.random() * 1000), {
    LIQA_CLIENT_DIR: clientDir,
    ...env,
  });
  try {
    const token = await adminToken(server.url);
    await createMeeting(server.url, token, openMeeting('bench-read', 100));
    await run({ url: `${server.url}/api/meetings/bench-read`, connections: 50, duration: 3 }); // warm-up
    out.push(
      line(
        `[${dbLabel}] GET /api/meetings/:slug`,
        await run({ url: `${server.url}/api/meetings/bench-read`, connections: 50, duration: 10 }),
      ),
    );

    await createMeeting(server.url, token, openMeeting('bench-write', 1_000_000));
    const write = await run({
      url: `${server.url}/api/meetings/bench-write/registrations`,
      connections: 50,
      duration: 10,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => ({ ...req, body: JSON.stringify(participant()) }),
        },
      ],
    });
    out.push(line(`[${dbLabel}] POST …/registrations (accepted)`, write));

    out.push(await burst(server.url, token, dbLabel));
  } finally {
    await server.stop();
  }
  return out;
}

/** 10,000 registrations the moment a window opens, for 5,000 seats: count what came out. */
async function burst(url: string, token: string, dbLabel: string): Promise<string> {
  const seats = 5000;
  const total = 10_000;
  await createMeeting(url, token, openMeeting('bench-burst', seats));
  const bodies = Array.from({ length: total }, participant);
  let next = 0;
  const started = performance.now();
  const answers: Array<{ status: number; state?: string }> = [];
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < total) {
        const body = bodies[next++];
        const res = await fetch(`${url}/api/meetings/bench-burst/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        answers.push({
          status: res.status,
          state: ((await res.json()) as { status?: string }).status,
        });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const list = (await (
    await fetch(`${url}/api/meetings/bench-burst/registrations`, {
      headers: { authorization: `Bearer ${token}` },
    })
  ).json()) as Array<{ id: string; status: string }>;
  const ids = new Set(list.map((r) => r.id));
  const accepted = list.filter((r) => r.status === 'accepted').length;
  const lost = bodies.filter((b) => !ids.has(b.id)).length;
  const duplicated = list.length - ids.size;
  const refused = answers.filter((a) => a.status !== 201).length;
  return (
    `[${dbLabel}] burst of ${total} registrations for ${seats} seats: ${seconds.toFixed(1)} s ` +
    `(${Math.round(total / seconds)}/s), stored ${list.length}, lost ${lost}, duplicated ${duplicated}, ` +
    `accepted ${accepted} (overbooked ${Math.max(0, accepted - seats)}), refused ${refused}`
  );
}
