// A real SMTP server in the test process (smtp-server), keeping what it receives parsed with
// mailparser. It can be taken down and brought back on the same port, and told to refuse the
// next messages with a given reply code.
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface ReceivedMail {
  parsed: ParsedMail;
  raw: Buffer;
  to: string[];
  /** The session had been upgraded with STARTTLS. */
  secure: boolean;
}

export interface SmtpSink {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Refuses the next `times` messages (at DATA) with `code` and `text`. */
  refuseNext(code: number, text: string, times?: number): void;
  /** Stops listening: connections are refused until `up()`. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export interface SinkOptions {
  /** Offer STARTTLS (smtp-server's built-in self-signed certificate). */
  starttls?: boolean;
}

export async function startSmtpSink(options: SinkOptions = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const refusals: Array<{ code: number; text: string }> = [];
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: options.starttls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
      logger: false,
      closeTimeout: 50,
      onData(stream, session: SMTPServerSession, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const refusal = refusals.shift();
          if (refusal) {
            return callback(Object.assign(new Error(refusal.text), { responseCode: refusal.code }));
          }
          const raw = Buffer.concat(chunks);
          const to = session.envelope.rcptTo.map((r) => r.address);
          simpleParser(raw, { skipImageLinks: true }).then(
            (parsed) => {
              received.push({ parsed, raw, to, secure: session.secure });
              callback();
            },
            (err: Error) => callback(err),
          );
        });
      },
    });
  let server = create();
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const port = await listen(0);
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext(code, text, times = 1) {
      for (let i = 0; i < times; i++) refusals.push({ code, text });
    },
    down: stop,
    async up() {
      server = create();
      await listen(port);
    },
    close: stop,
  };
}

/** How many messages each recipient got. */
export function perRecipient(received: ReceivedMail[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of received) for (const to of mail.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}
