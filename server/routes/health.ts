// Liveness and readiness: answers once the database answers.
import type { Health } from '../../shared/api/health';
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { Deps } from '../deps';
import type { AppEnv } from '../http/env';

export function healthRoutes(deps: Deps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    await sql`select 1`.execute(deps.db.kysely);
    return c.json<Health>({ ok: true });
  });
}
