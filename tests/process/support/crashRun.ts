// What the crash tests share: a data directory and a PostgreSQL schema of their own, the
// process environment with the first admin, a JSON POST, and a meeting open for registration
// created by that admin.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openMeetingBody } from '../../support/factories/meeting';
import { stubClientDir, type LiqaProcess } from '../../support/liqaProcess';

const ADMIN = { email: 'kill@liqa.ma', password: 'kill-password-1' };

export interface CrashRun {
  /** The environment of every process of the run, with the transport's own variables. */
  env(transport: Record<string, string>): Record<string, string>;
  /** Drops the run's PostgreSQL schema (nothing to do on SQLite). */
  cleanUp(): Promise<void>;
}

export function crashRun(name: string): CrashRun {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), `liqa-${name}-`));
  const clientDir = stubClientDir();
  return {
    env: (transport) => ({
      LIQA_DATA_DIR: dataDir,
      LIQA_CLIENT_DIR: clientDir,
      LIQA_DB_SCHEMA: schema,
      LIQA_ADMIN_EMAIL: ADMIN.email,
      LIQA_ADMIN_PASSWORD: ADMIN.password,
      ...transport,
    }),
    async cleanUp() {
      if (!process.env.DATABASE_URL) return;
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

export async function post(liqa: LiqaProcess, p: string, body: unknown, token?: string) {
  const res = await fetch(`${liqa.url}${p}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Signs the first admin in and creates `slug`, open for registration now; the admin's token. */
export async function openMeetingAsAdmin(liqa: LiqaProcess, slug: string): Promise<string> {
  const login = await post(liqa, '/api/auth/login', ADMIN);
  const token = String(login.body.token);
  const created = await post(liqa, '/api/meetings', openMeetingBody(new Date(), { slug }), token);
  if (created.status !== 201) throw new Error(`meeting not created: ${created.status}`);
  return token;
}
