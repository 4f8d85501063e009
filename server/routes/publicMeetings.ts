// What anyone may read of the published meetings, kept ready in memory (http/publicCache.ts),
// and the two reads every phone makes when a window opens, answered before the general
// middleware when the asker carries no session: the answer is the one the API would give.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import {
  findMeetingBySlug,
  meetingStamp,
  publishedMeetingsStamp,
  stampOfMeeting,
} from '../db/repositories/meetings';
import type { Deps } from '../deps';
import { DomainError } from '../core/domainError';
import { listMeetings } from '../domain/meetings';
import type { MeetingView } from '../../shared/api/meetings';
import { toMeetingView } from '../domain/meetingView';
import { SESSION_COOKIE } from '../auth/middleware';
import type { AppEnv } from '../http/env';
import { publicAnswer, publicResponse, type PublicEntry } from '../http/publicCache';

const windowEdges = (m: MeetingView) => [m.registration.opensAt, m.registration.closesAt];

/** A published meeting as the public sees it; `not-found` for a draft or an unknown slug. */
export function publicMeeting(deps: Deps, slug: string): Promise<PublicEntry> {
  return publicAnswer(deps, `meeting:${slug}`, {
    stamp: () => meetingStamp(deps.db.kysely, slug),
    async make() {
      const row = await findMeetingBySlug(deps.db.kysely, slug);
      if (!row || row.status !== 'published') throw new DomainError('not-found');
      const meeting = toMeetingView(row, deps.now());
      return { value: meeting, edges: windowEdges(meeting), stamp: stampOfMeeting(row) };
    },
  });
}

/** The published meetings, soonest first. */
export function publicMeetingList(deps: Deps): Promise<PublicEntry> {
  return publicAnswer(deps, 'meetings', {
    stamp: () => publishedMeetingsStamp(deps.db.kysely),
    async make() {
      // The stamp first: a meeting changed between the two reads makes the next request look again.
      const stamp = await publishedMeetingsStamp(deps.db.kysely);
      const meetings = await listMeetings(deps, null);
      return { value: meetings, edges: meetings.flatMap(windowEdges), stamp };
    },
  });
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Asks as a staff member (whose answers differ): the general path decides. */
const mayBeStaff = (c: Parameters<MiddlewareHandler<AppEnv>>[0]) =>
  c.req.header('authorization') !== undefined || getCookie(c, SESSION_COOKIE) !== undefined;

/**
 * `GET /api/meetings/:slug` and `GET /api/meetings` for anonymous phones, mounted before the
 * general middleware (whose work, per request, costs more than the answer itself): the same
 * bytes and headers. Anything else (a session, a slug that cannot exist, a meeting that is not
 * published, a failure) goes on to the general path, which answers it as always.
 */
export function hotPublicReads(deps: Deps): MiddlewareHandler<AppEnv> {
  return async function hotPublicReadsMiddleware(c, next) {
    const slug = c.req.param('slug');
    const asPublic = slug === undefined && c.req.query('view') === 'public';
    if ((!asPublic && mayBeStaff(c)) || (slug !== undefined && !SLUG.test(slug))) return next();
    let entry: PublicEntry;
    try {
      entry = await (slug === undefined ? publicMeetingList(deps) : publicMeeting(deps, slug));
    } catch {
      return next();
    }
    return publicResponse(entry, c.req.header('if-none-match'));
  };
}
