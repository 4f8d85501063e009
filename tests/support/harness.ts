// An in-process Liqa for tests: a fresh database (SQLite in memory, or a new PostgreSQL schema
// when DATABASE_URL is set), a settable clock, and helpers to call the API as someone.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { serve, type ServerType } from '@hono/node-server';
import type { Socket } from 'node:net';
import { createApp, type App } from '../../server/app';
import { loadConfig, type Config } from '../../server/config';
import { migrateToLatest, openDatabase, type Db } from '../../server/db/database';
import type { Deps } from '../../server/deps';
import { findUserById } from '../../server/db/repositories/users';
import { createUser, ensureFirstAdmin } from '../../server/domain/accounts';
import type { StaffRole } from '../../shared/enums';

export const ADMIN = { email: 'admin@test.ma', password: 'admin-password-1' };

export interface TestServer {
  app: App;
  deps: Deps;
  db: Db;
  clock: { now: Date };
  call(method: string, path: string, init?: CallInit): Promise<Response>;
  json<T = unknown>(
    method: string,
    path: string,
    init?: CallInit,
  ): Promise<{ status: number; body: T; res: Response }>;
  tokenFor(role: StaffRole): Promise<string>;
  /** A new session for that user (the old one went idle while the clock was moved on). */
  signInAgain(role: StaffRole): Promise<string>;
  /** Puts the `tokenFor(role)` user on the meeting's team, as an admin would. */
  joinTeam(slug: string, role: 'organizer' | 'checkin'): Promise<void>;
  /** Listens on a free port of 127.0.0.1 and returns the base URL. */
  listen(): Promise<string>;
  /**
   * Cuts the network between browsers and this server (every connection is dropped at once),
   * or restores it. Unlike DevTools' offline emulation, the service worker still answers
   * navigations, exactly as on a phone whose Wi-Fi died.
   */
  setReachable(reachable: boolean): void;
  close(): Promise<void>;
}

export interface CallInit {
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

export interface HarnessOptions {
  now?: string;
  dataDir?: string;
  /** Reuse this PostgreSQL schema / SQLite file (to test a restart). */
  reuse?: { schema?: string; sqliteFile?: string };
  config?: Partial<Config>;
  /** Serve the built PWA too (browser tests). */
  clientDir?: string;
}

export async function startTestServer(options: HarnessOptions = {}): Promise<TestServer> {
  const url = process.env.DATABASE_URL || undefined;
  const schema = url ? (options.reuse?.schema ?? `t_${randomBytes(6).toString('hex')}`) : undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'liqa-test-'));
  const config: Config = {
    ...loadConfig({}),
    dataDir,
    databaseUrl: url,
    databaseSchema: schema,
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
    rateLimit: 0,
    ...options.config,
  };
  const db = openDatabase({
    url,
    schema,
    dataDir,
    sqliteFile: options.reuse?.sqliteFile ?? (options.dataDir ? 'liqa.sqlite' : ':memory:'),
  });
  await migrateToLatest(db, schema);
  const clock = { now: new Date(options.now ?? '2026-11-23T10:00:00Z') };
  const deps: Deps = { db, config, now: () => new Date(clock.now) };
  await ensureFirstAdmin(deps);
  const app = createApp(deps, { clientDir: options.clientDir });
  let httpServer: ServerType | null = null;
  let reachable = true;
  const sockets = new Set<Socket>();
  const tokens = new Map<StaffRole, string>();
  const userIds = new Map<StaffRole, string>();

  const call = (method: string, p: string, init: CallInit = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
      headers['content-type'] ??= 'application/json';
    }
    return Promise.resolve(app.request(p, { method, headers, body }));
  };

  const server: TestServer = {
    app,
    deps,
    db,
    clock,
    call,
    async json(method, p, init) {
      const res = await call(method, p, init);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null, res };
    },
    async tokenFor(role) {
      const known = tokens.get(role);
      if (known) return known;
      const email =
        role === 'admin' ? ADMIN.email : `${role}-${randomBytes(3).toString('hex')}@test.ma`;
      const password = role === 'admin' ? ADMIN.password : 'staff-password-1';
      if (role !== 'admin') {
        const user = await createUser(deps, { email, password, role }, null);
        userIds.set(role, user.id);
      }
      const res = await call('POST', '/api/auth/login', { body: { email, password } });
      const { token } = (await res.json()) as { token: string };
      tokens.set(role, token);
      return token;
    },
    async signInAgain(role) {
      tokens.delete(role);
      const known = userIds.get(role);
      if (role === 'admin' || !known) return server.tokenFor(role);
      const user = await findUserById(db.kysely, known);
      const res = await call('POST', '/api/auth/login', {
        body: { email: user?.email, password: 'staff-password-1' },
      });
      const { token } = (await res.json()) as { token: string };
      tokens.set(role, token);
      return token;
    },
    async joinTeam(slug, role) {
      await server.tokenFor(role);
      const res = await call('PUT', `/api/meetings/${slug}/team/${userIds.get(role) ?? ''}`, {
        token: await server.tokenFor('admin'),
        body: { role },
      });
      if (res.status !== 200) throw new Error(`joinTeam ${slug} ${role}: ${res.status}`);
    },
    listen() {
      return new Promise((resolve) => {
        httpServer = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
          config.publicUrl = `http://127.0.0.1:${info.port}`;
          resolve(config.publicUrl);
        });
        httpServer.on('connection', (socket: Socket) => {
          if (!reachable) return socket.destroy();
          sockets.add(socket);
          socket.once('close', () => sockets.delete(socket));
        });
      });
    },
    setReachable(value) {
      reachable = value;
      if (!value) for (const socket of sockets) socket.destroy();
    },
    async close() {
      const listening = httpServer;
      if (listening) await new Promise((resolve) => listening.close(resolve));
      if (schema && !options.reuse?.schema) {
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
      }
      await db.close();
    },
  };
  return server;
}

// The meeting's body moved to the factories; most tests import it from here.
export { meetingBody } from './factories/meeting';
