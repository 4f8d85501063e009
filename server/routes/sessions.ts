// Staff sessions, for admins: GET lists the active ones (a public id, who, since when, until
// when); POST /:id/revoke ends one at once, e.g. for a desk phone that was lost.
import type { SessionRevoked, SessionView } from '../../shared/api/auth';
import { Hono } from 'hono';
import { requireRole } from '../auth/middleware';
import type { Deps } from '../deps';
import { DomainError } from '../core/domainError';
import { activeSessions, revokeSessionById } from '../domain/sessions';
import type { AppEnv } from '../http/env';

/** Mounted under /api/auth/sessions. */
export function sessionRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/', requireRole('admin'), async (c) => c.json<SessionView[]>(await activeSessions(deps)))
    .post('/:id/revoke', requireRole('admin'), async (c) => {
      const staff = c.get('staff');
      if (!staff) throw new DomainError('unauthorized');
      return c.json<SessionRevoked>(await revokeSessionById(deps, c.req.param('id'), staff));
    });
}
