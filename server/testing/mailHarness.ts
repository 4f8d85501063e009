// A test Liqa wired to a real SMTP sink (or to .eml files), with its mail worker driven by hand
// (`worker.runOnce()`) and the harness clock for backoff and leases.
import { randomUUID } from 'node:crypto';
import { createMailTransport, type MailTransport } from '../mail/transport';
import { createMailWorker, type MailWorker, type MailWorkerOptions } from '../mail/worker';
import { meetingBody, startTestServer, type HarnessOptions, type TestServer } from './harness';
import { startSmtpSink, type SinkOptions, type SmtpSink } from './smtpSink';

export interface MailTest {
  s: TestServer;
  sink: SmtpSink | null;
  transport: MailTransport;
  worker: MailWorker;
  organizer: string;
  meeting(overrides?: Record<string, unknown>): Promise<string>;
  register(
    slug: string,
    overrides?: Record<string, unknown>,
  ): Promise<{ id: string; status: string; manageToken: string; manageUrl: string; email: string }>;
  outbox(slug: string): Promise<OutboxEntry[]>;
  advance(ms: number): void;
  close(): Promise<void>;
}

export interface OutboxEntry {
  id: number;
  to: string;
  kind: string;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  sentAt?: string;
  lastError?: string;
}

export async function startMailTest(
  options: {
    eml?: boolean;
    sink?: SinkOptions;
    smtpQuery?: string;
    harness?: HarnessOptions;
    worker?: MailWorkerOptions;
  } = {},
): Promise<MailTest> {
  const sink = options.eml ? null : await startSmtpSink(options.sink);
  const smtpUrl = sink ? `${sink.url}${options.smtpQuery ?? ''}` : undefined;
  const s = await startTestServer({
    ...options.harness,
    config: { ...options.harness?.config, smtpUrl },
  });
  const transport = createMailTransport(s.deps.config);
  const worker = createMailWorker(s.deps, transport, options.worker);
  const organizer = await s.tokenFor('organizer');
  let n = 0;
  return {
    s,
    sink,
    transport,
    worker,
    organizer,
    async meeting(overrides = {}) {
      const slug = `m-${randomUUID().slice(0, 8)}`;
      const res = await s.json('POST', '/api/meetings', {
        token: organizer,
        body: meetingBody({ slug, ...overrides }),
      });
      if (res.status !== 201) throw new Error(`meeting: ${res.status} ${JSON.stringify(res.body)}`);
      return slug;
    },
    async register(slug, overrides = {}) {
      n++;
      const body = {
        id: randomUUID(),
        fullName: `فاطمة الزهراء ${n}`,
        gender: 'female',
        ageBand: '30-40',
        role: 'association',
        provinceCode: 'tetouan',
        email: `p${n}-${randomUUID().slice(0, 6)}@example.ma`,
        locale: 'ar',
        consent: true,
        ...overrides,
      };
      const res = await s.json<{
        id: string;
        status: string;
        manageToken: string;
        manageUrl: string;
      }>('POST', `/api/meetings/${slug}/registrations`, { body });
      if (res.status !== 201)
        throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
      return { ...res.body, email: String(body.email) };
    },
    async outbox(slug) {
      const res = await s.json<OutboxEntry[]>('GET', `/api/meetings/${slug}/outbox`, {
        token: organizer,
      });
      if (res.status !== 200) throw new Error(`outbox: ${res.status}`);
      return res.body;
    },
    advance(ms) {
      s.clock.now = new Date(s.clock.now.getTime() + ms);
    },
    async close() {
      await worker.stop();
      transport.close();
      await sink?.close();
      await s.close();
    },
  };
}
