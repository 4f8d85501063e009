// The reception desk, mounted under /api/meetings/:slug (check-in staff and above):
//   GET  /roster                     accepted attendees with their ticket hash, no contact
//                                    details. `?since=<instant>` (the `generatedAt` of the
//                                    desk's last copy) returns only registrations changed since
//                                    then, whatever their status (not `accepted`: remove it),
//                                    read with a minute's overlap; the desk upserts by id.
//                                    Gzip when asked; never cached (personal data).
//   POST /checkins                   a batch of ≤ 1,000 events → one result per event, in order.
//                                    An event id already stored with other content is 409
//                                    idempotency-conflict, `errors[].path` = `events.N.id`, and
//                                    nothing of the batch is stored: drop those and resend.
//   GET  /checkins                   the audit list, newest scan first
//   GET  /checkins/summary           expected, arrived, per workshop, per desk (credited to
//                                    the desk that scanned first)
//   GET  /checkins/devices           per desk (deviceId): its latest scan held here, when it
//                                    last sent, how many events, whether this account sent
//                                    them — so a desk whose storage was wiped learns what is gone
//   POST /attendees/:id/workshop     { workshopId | null } → the attendee and the new count
import type {
  CheckinAnswer,
  CheckinEventView,
  CheckinSummary,
  DeskDevice,
  MovedAttendee,
  Roster,
} from '../../shared/api/checkins';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import {
  CheckinBatchSchema,
  InstantSchema,
  WorkshopChangeSchema,
} from '../../shared/schemas/checkin';
import { validate } from '../../shared/schemas/validate';
import type { Deps } from '../deps';
import { checkinEvents } from '../domain/checkin/events';
import { recordCheckins } from '../domain/checkin/record';
import { roster } from '../domain/checkin/roster';
import { checkinSummary } from '../domain/checkin/summary';
import { deskDevices } from '../db/repositories/checkins';
import { changeWorkshop } from '../domain/checkin/workshop';
import { DomainError } from '../core/domainError';
import { parseBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { meetingAccess, meetingOf, staffOf } from '../http/meetingAccess';
import { requestLocale } from '../http/locale';

function sinceOf(c: Context<AppEnv>): Date | undefined {
  const since = c.req.query('since');
  if (since === undefined) return undefined;
  const result = validate(InstantSchema, since, requestLocale(c));
  if (!result.ok)
    throw new DomainError('validation', {
      errors: [{ path: 'since', message: result.errors[0]?.message ?? '' }],
    });
  return new Date(result.value);
}

export function checkinRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/roster', meetingAccess(deps, 'checkin'), compress(), async (c) => {
      const meeting = meetingOf(c);
      c.header('cache-control', 'no-store');
      return c.json<Roster>(await roster(deps, meeting, sinceOf(c)));
    })
    .post('/checkins', meetingAccess(deps, 'checkin'), async (c) => {
      const meeting = meetingOf(c);
      const batch = await parseBody(c, CheckinBatchSchema);
      const results = await recordCheckins(deps, meeting, batch, staffOf(c), requestLocale(c));
      return c.json<CheckinAnswer>({ results });
    })
    .get('/checkins', meetingAccess(deps, 'checkin'), async (c) => {
      const meeting = meetingOf(c);
      c.header('cache-control', 'no-store');
      return c.json<CheckinEventView[]>(await checkinEvents(deps, meeting));
    })
    .get('/checkins/summary', meetingAccess(deps, 'checkin'), async (c) => {
      const meeting = meetingOf(c);
      c.header('cache-control', 'no-store');
      return c.json<CheckinSummary>(await checkinSummary(deps, meeting));
    })
    .get('/checkins/devices', meetingAccess(deps, 'checkin'), async (c) => {
      const meeting = meetingOf(c);
      c.header('cache-control', 'no-store');
      return c.json<DeskDevice[]>(await deskDevices(deps.db.kysely, meeting.id, staffOf(c).id));
    })
    .post('/attendees/:id/workshop', meetingAccess(deps, 'checkin'), async (c) => {
      const meeting = meetingOf(c);
      const { workshopId } = await parseBody(c, WorkshopChangeSchema);
      return c.json<MovedAttendee>(
        await changeWorkshop(
          deps,
          meeting,
          c.req.param('id'),
          workshopId,
          staffOf(c),
          requestLocale(c),
        ),
      );
    });
}
