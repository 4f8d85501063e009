// A test Liqa wired to a real SMTP sink (or to .eml files) and to a real SMPP gateway (or to
// SMS .txt files), with its outbox worker driven by hand (`worker.runOnce()`) and the harness
// clock for backoff and leases.
import { createMailTransport, type MailTransport } from '../../server/mail/transport';
import { createSmsTransport, type SmsTransport } from '../../server/sms/transport';
import {
  createMailWorker,
  type MailWorker,
  type MailWorkerOptions,
} from '../../server/mail/worker';
import { createMeeting, type MeetingBody } from './factories/meeting';
import { registrationBody, type RegistrationBody } from './factories/registration';
import { startTestServer, type HarnessOptions, type TestServer } from './harness';
import { startSmppGateway, type SmppGateway } from './smppGateway';
import { startSmtpSink, type SinkOptions, type SmtpSink } from './smtpSink';

export interface MailTest {
  s: TestServer;
  sink: SmtpSink | null;
  transport: MailTransport;
  /** The SMPP gateway, when the test asked for one (`smpp: true`); else SMS are .txt files. */
  gateway: SmppGateway | null;
  smsTransport: SmsTransport;
  worker: MailWorker;
  organizer: string;
  meeting(overrides?: Partial<MeetingBody>): Promise<string>;
  register(
    slug: string,
    overrides?: Partial<RegistrationBody>,
  ): Promise<{ id: string; status: string; manageToken: string; manageUrl: string; email: string }>;
  outbox(slug: string): Promise<MailEntry[]>;
  /** The SMS the gateway accepted for this phone (E.164). */
  texts(phone: string): string[];
  advance(ms: number): void;
  /** The organizer signs in again (after `advance` past the sessions' idle timeout). */
  signInAgain(): Promise<void>;
  close(): Promise<void>;
}

export interface MailEntry {
  id: number;
  to: string;
  channel: 'email' | 'sms';
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
    /** Send SMS to an in-process SMPP gateway (with `?query` options for the transport). */
    smpp?: boolean | { query: string };
  } = {},
): Promise<MailTest> {
  const sink = options.eml ? null : await startSmtpSink(options.sink);
  const smtpUrl = sink ? `${sink.url}${options.smtpQuery ?? ''}` : undefined;
  const gateway = options.smpp ? await startSmppGateway() : null;
  const query = typeof options.smpp === 'object' ? options.smpp.query : '';
  const smsUrl = gateway ? `${gateway.url}${query}` : undefined;
  const s = await startTestServer({
    ...options.harness,
    config: { ...options.harness?.config, smtpUrl, smsUrl },
  });
  const transport = createMailTransport(s.deps.config);
  const smsTransport = createSmsTransport(s.deps.config, s.deps.now);
  const worker = createMailWorker(s.deps, transport, { ...options.worker, sms: smsTransport });
  let n = 0;
  const mt: MailTest = {
    s,
    sink,
    transport,
    gateway,
    smsTransport,
    worker,
    organizer: await s.tokenFor('organizer'),
    meeting(overrides = {}) {
      return createMeeting(s, overrides);
    },
    async register(slug, overrides = {}) {
      n++;
      const body = registrationBody({ fullName: `فاطمة الزهراء ${n}`, ...overrides });
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
      const res = await s.json<MailEntry[]>('GET', `/api/meetings/${slug}/outbox`, {
        token: mt.organizer,
      });
      if (res.status !== 200) throw new Error(`outbox: ${res.status}`);
      return res.body;
    },
    texts(phone) {
      return (gateway?.received ?? []).filter((m) => m.to === phone).map((m) => m.text);
    },
    advance(ms) {
      s.clock.now = new Date(s.clock.now.getTime() + ms);
    },
    async signInAgain() {
      mt.organizer = await s.signInAgain('organizer');
    },
    async close() {
      await worker.stop();
      transport.close();
      await smsTransport.close();
      await sink?.close();
      await gateway?.close();
      await s.close();
    },
  };
  return mt;
}
