// Meetings: public reads (published only), organizer writes.
import type { MeetingView } from '../../shared/api/meetings';
import { Hono, type MiddlewareHandler } from 'hono';
import { MeetingInputSchema } from '../../shared/schemas/meeting';
import { validationMessage } from '../../shared/i18n/validationMessages';
import { requireRole } from '../auth/middleware';
import { createMeeting, listMeetings, updateMeeting } from '../domain/meetings';
import { toMeetingView } from '../domain/meetingView';
import type { Deps } from '../deps';
import type { AppEnv } from '../http/env';
import { meetingAccess, meetingOf, staffOf } from '../http/meetingAccess';
import { parseBody, readJson } from '../http/body';
import { requestLocale } from '../http/locale';
import { DomainError } from '../core/domainError';
import { publicResponse } from '../http/publicCache';
import { publicMeeting, publicMeetingList } from './publicMeetings';

/** An anonymous read of a published meeting, from memory; staff go on to the team gate. */
function publicMeetingRead(deps: Deps): MiddlewareHandler<AppEnv> {
  return async function publicMeetingMiddleware(c, next) {
    if (c.get('staff')) return next();
    const entry = await publicMeeting(deps, c.req.param('slug') ?? '');
    return publicResponse(entry, c.req.header('if-none-match'));
  };
}

export function meetingRoutes(deps: Deps) {
  return (
    new Hono<AppEnv>()
      // `?view=public`: the public list even for staff (the home page of a signed-in organizer).
      .get('/', async (c) => {
        const asPublic = c.req.query('view') === 'public';
        const staff = asPublic ? null : c.get('staff');
        if (staff) return c.json<MeetingView[]>(await listMeetings(deps, staff));
        return publicResponse(await publicMeetingList(deps), c.req.header('if-none-match'));
      })
      .post('/', requireRole('organizer'), async (c) => {
        const input = await parseBody(c, MeetingInputSchema);
        const staff = c.get('staff');
        if (!staff) throw new DomainError('unauthorized');
        return c.json<MeetingView>(await createMeeting(deps, input, staff, requestLocale(c)), 201);
      })
      .get('/:slug', publicMeetingRead(deps), meetingAccess(deps, 'public'), async (c) =>
        c.json<MeetingView>(toMeetingView(meetingOf(c), deps.now())),
      )
      .patch('/:slug', meetingAccess(deps, 'organizer'), async (c) => {
        const body = await readJson(c);
        const locale = requestLocale(c);
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          throw new DomainError('validation', {
            errors: [{ path: '', message: validationMessage('invalid', locale) }],
          });
        }
        return c.json<MeetingView>(
          await updateMeeting(
            deps,
            meetingOf(c),
            body as Record<string, unknown>,
            staffOf(c),
            locale,
          ),
        );
      })
  );
}
