// Where messages go: SMTP when SMTP_URL is set, otherwise .eml files in LIQA_DATA_DIR/outbox
// (the embedded default, readable from the staff UI). Retrying is the outbox's job alone: the
// pool never requeues a message (maxRequeues: 0), so one row is one delivery attempt.
import { closeSync, fsyncSync, openSync, renameSync, writeSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { SMTPPoolOptions } from 'nodemailer/lib/smtp-pool';
import type { Config } from '../config';

export interface MailTransport {
  readonly kind: 'smtp' | 'eml';
  /** `fileName` names the .eml file on the embedded transport; SMTP ignores it. */
  send(message: SendMailOptions, fileName: string): Promise<{ messageId: string }>;
  close(): void;
}

export function emlDirectory(dataDir: string): string {
  return path.join(dataDir, 'outbox');
}

/**
 * smtp://[user:pass@]host[:port] or smtps://…; `?tls.rejectUnauthorized=false` (or any other
 * `tls.*` option) for a relay with a self-signed certificate. STARTTLS is used when the server
 * offers it and skipped when it does not (nodemailer's default).
 */
export function smtpOptions(url: string, maxConnections: number): SMTPPoolOptions {
  const parsed = new URL(url);
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    throw new Error(`SMTP_URL must be smtp:// or smtps://, got ${parsed.protocol}`);
  const secure = parsed.protocol === 'smtps:';
  const tls: Record<string, string | boolean> = { rejectUnauthorized: true };
  for (const [key, value] of parsed.searchParams) {
    if (key.startsWith('tls.'))
      tls[key.slice(4)] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return {
    pool: true,
    maxConnections,
    maxMessages: 100,
    maxRequeues: 0,
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    ...(parsed.username
      ? {
          auth: {
            user: decodeURIComponent(parsed.username),
            pass: decodeURIComponent(parsed.password),
          },
        }
      : {}),
    tls,
    // Fail fast: the outbox retries later, a hung socket only holds the row's lease.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  };
}

function smtpTransport(url: string, from: string, maxConnections: number): MailTransport {
  const transporter: Transporter = nodemailer.createTransport(smtpOptions(url, maxConnections), {
    from,
  });
  return {
    kind: 'smtp',
    async send(message) {
      const info = (await transporter.sendMail(message)) as { messageId: string };
      return { messageId: info.messageId };
    },
    close: () => transporter.close(),
  };
}

/** Written to a temporary name, flushed, then renamed: a reader never sees half a message. */
export function writeAtomically(file: string, content: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

function emlTransport(dataDir: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(
    { streamTransport: true, buffer: true, newline: 'windows' },
    { from },
  );
  const dir = emlDirectory(dataDir);
  mkdirSync(dir, { recursive: true });
  return {
    kind: 'eml',
    async send(message, fileName) {
      const info = await transporter.sendMail(message);
      writeAtomically(path.join(dir, fileName), info.message as Buffer);
      return { messageId: info.messageId };
    },
    close: () => transporter.close(),
  };
}

export function createMailTransport(
  config: Pick<Config, 'smtpUrl' | 'dataDir' | 'mailFrom'>,
  maxConnections = 4,
): MailTransport {
  return config.smtpUrl
    ? smtpTransport(config.smtpUrl, config.mailFrom, maxConnections)
    : emlTransport(config.dataDir, config.mailFrom);
}
