// Meetings: public reads (published only), organizer writes.
import { Hono } from 'hono';
import { MeetingInputSchema } from '../../shared/schemas/meeting';
import { validationMessage } from '../../shared/i18n/validationMessages';
import { requireRole } from '../auth/middleware';
import { createMeeting, getMeeting, listMeetings, updateMeeting } from '../domain/meetings';
import type { Deps } from '../deps';
import type { AppEnv } from '../http/env';
import { parseBody, readJson } from '../http/body';
import { requestLocale } from '../http/locale';
import { DomainError } from '../domain/errors';

export function meetingRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await listMeetings(deps, c.get('staff'))))
    .post('/', requireRole('organizer'), async (c) => {
      const input = await parseBody(c, MeetingInputSchema);
      const staff = c.get('staff');
      if (!staff) throw new DomainError('unauthorized');
      return c.json(await createMeeting(deps, input, staff, requestLocale(c)), 201);
    })
    .get('/:slug', async (c) => c.json(await getMeeting(deps, c.req.param('slug'), c.get('staff'))))
    .patch('/:slug', requireRole('organizer'), async (c) => {
      const body = await readJson(c);
      const locale = requestLocale(c);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new DomainError('validation', undefined, [
          { path: '', message: validationMessage('invalid', locale) },
        ]);
      }
      const staff = c.get('staff');
      if (!staff) throw new DomainError('unauthorized');
      return c.json(
        await updateMeeting(
          deps,
          c.req.param('slug'),
          body as Record<string, unknown>,
          staff,
          locale,
        ),
      );
    });
}
