// Reads the environment once into a typed configuration (variables documented in README).
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  smtpUrl: string | undefined;
  /** smpp://system_id:password@host:port (SMS_URL); unset: .txt files in LIQA_DATA_DIR/sms. */
  smsUrl: string | undefined;
  /** The sender id of SMS (LIQA_SMS_FROM): a name of up to 11 letters, or a number. */
  smsFrom: string;
  /** The From of every e-mail (LIQA_MAIL_FROM), by default no-reply@ the public host. */
  mailFrom: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Public write requests per minute per client; 0 turns limiting off. */
  rateLimit: number;
  /** Trusted proxy hops in front of the server (LIQA_TRUST_PROXY): X-Forwarded-For is read only then. */
  trustProxy: number;
  tlsCert: string | undefined;
  tlsKey: string | undefined;
  /** Where the built PWA is served from. */
  clientDir: string;
  /** Exports (CSV/XLSX) written at once by this instance (LIQA_EXPORT_CONCURRENCY, default 2). */
  exportConcurrency?: number;
  production: boolean;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got "${value}"`);
  return n;
}

/** no-reply@ the public host name; an IP address or a bare name is no mail domain. */
function defaultMailFrom(publicUrl: string): string {
  let host = 'localhost';
  try {
    const name = new URL(publicUrl).hostname;
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(name)) host = name;
  } catch {
    // an unparsable PUBLIC_URL keeps the fallback
  }
  return `Liqa <no-reply@${host}>`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env.PORT, 8080);
  const host = env.HOST || '127.0.0.1';
  const tlsCert = env.TLS_CERT || undefined;
  const scheme = tlsCert ? 'https' : 'http';
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    port,
    host,
    publicUrl: (env.PUBLIC_URL || `${scheme}://${urlHost}:${port}`).replace(/\/+$/, ''),
    dataDir: path.resolve(env.LIQA_DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.LIQA_DB_SCHEMA || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    smsUrl: env.SMS_URL || undefined,
    smsFrom: env.LIQA_SMS_FROM || 'Liqa',
    mailFrom:
      env.LIQA_MAIL_FROM || defaultMailFrom(env.PUBLIC_URL || `${scheme}://${urlHost}:${port}`),
    adminEmail: env.LIQA_ADMIN_EMAIL || undefined,
    adminPassword: env.LIQA_ADMIN_PASSWORD || undefined,
    rateLimit: int(env.LIQA_RATE_LIMIT, 30),
    trustProxy: int(env.LIQA_TRUST_PROXY, 0),
    tlsCert,
    tlsKey: env.TLS_KEY || undefined,
    clientDir: path.resolve(env.LIQA_CLIENT_DIR || './dist/client'),
    exportConcurrency: int(env.LIQA_EXPORT_CONCURRENCY, 2),
    production: env.NODE_ENV === 'production',
  };
}
