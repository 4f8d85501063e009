// 5,000 confirmations (each with its QR ticket and .ics) queued at once, then timed until the
// outbox has delivered them all to a local SMTP server running in another process (and, for
// the embedded default, written them all as .eml files).
import type { Locale } from '../shared/enums';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ticketHashFor } from '../server/auth/tickets';
import { sha256Hex } from '../server/auth/tokens';
import { registrationRow } from './registrationRow';
import { insertRegistration } from '../server/db/repositories/registrations';
import { newTicketCodeHash } from '../server/auth/ticketCodes';
import { inWriteTransaction } from '../server/db/writeBatch';
import { queueRegistrationMail } from '../server/mail/queue';
import { createMailTransport, emlDirectory } from '../server/mail/transport';
import { createMailWorker } from '../server/mail/worker';
import { meetingBody, startTestServer } from '../tests/support/harness';
import { holds, type BenchRow } from './table';

const COUNT = 5000;

function startSink(): Promise<{ child: ChildProcess; port: number; received(): Promise<number> }> {
  const child = fork(path.join(import.meta.dirname, 'smtpSinkProcess.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  const next = <T>() => new Promise<T>((resolve) => child.once('message', (m) => resolve(m as T)));
  return next<{ port: number }>().then(({ port }) => ({
    child,
    port,
    received: () => {
      const answer = next<{ received: number }>();
      child.send('count');
      return answer.then((m) => m.received);
    },
  }));
}

async function run(label: string, concurrency: number, smtp: boolean): Promise<BenchRow> {
  const sink = smtp ? await startSink() : null;
  // A file database (fsync on every commit) on SQLite; DATABASE_URL switches to PostgreSQL.
  const s = await startTestServer({
    now: new Date().toISOString(),
    dataDir: mkdtempSync(path.join(tmpdir(), 'liqa-bench-mail-')),
    config: { smtpUrl: sink ? `smtp://127.0.0.1:${sink.port}` : undefined },
  });
  const transport = createMailTransport(s.deps.config, concurrency);
  try {
    const token = await s.tokenFor('organizer');
    const slug = `mail-${randomUUID().slice(0, 8)}`;
    await s.json('POST', '/api/meetings', {
      token,
      body: meetingBody({ slug, capacity: COUNT, eligibleRegions: undefined }),
    });
    const meeting = await s.db.kysely
      .selectFrom('meetings')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    const nowIso = s.deps.now().toISOString();
    const ids = Array.from({ length: COUNT }, () => randomUUID());
    const hashes = await Promise.all(ids.map((id) => ticketHashFor(s.deps, id)));
    await inWriteTransaction(s.db, async (trx) => {
      for (const [i, id] of ids.entries()) {
        const row = {
          id,
          meeting_id: meeting.id,
          email: `${id}@bench.ma`,
          phone: null,
          locale: (i % 2 ? 'fr' : 'ar') as Locale,
        };
        await insertRegistration(
          trx,
          registrationRow(
            meeting.id,
            {
              ...row,
              full_name: `مشارك ${i}`,
              search_name: `مشارك ${i}`,
              request_hash: sha256Hex(id),
              manage_token_hash: sha256Hex(id),
              ticket_hash: hashes[i] ?? null,
              ticket_code_hash: await newTicketCodeHash(trx, s.deps, meeting.id, id),
            },
            nowIso,
          ),
        );
        await queueRegistrationMail(trx, row, 'confirmation', nowIso);
      }
    });

    const worker = createMailWorker(s.deps, transport, { concurrency });
    const started = performance.now();
    const counts = await worker.runOnce();
    const seconds = (performance.now() - started) / 1000;
    const received = sink
      ? await sink.received()
      : readdirSync(emlDirectory(s.deps.config.dataDir)).length;
    const once = counts.sent === COUNT && received === COUNT;
    return holds(
      `[${label}] ${COUNT} confirmations (QR + .ics) ${sink ? 'over SMTP' : 'as .eml files'}, ${concurrency} in flight`,
      once,
      `${seconds.toFixed(1)} s (${Math.round(COUNT / seconds)}/s), ${once ? 'all delivered once' : `sent ${counts.sent}, received ${received}`}`,
      'each delivered once',
    );
  } finally {
    transport.close();
    await s.close();
    sink?.child.send('stop');
  }
}

export async function benchMail(): Promise<BenchRow[]> {
  const db = process.env.DATABASE_URL ? 'postgres' : 'sqlite';
  return [await run(db, 8, true), await run(db, 8, false)];
}
