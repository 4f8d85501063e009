// E-mails of a meeting (organizer): the outbox, resending a failed one, reading an .eml of
// the embedded transport, and queueing reminders. Mounted under /api/meetings/:slug.
import { Hono, type Context } from 'hono';
import { ReminderRequestSchema } from '../../shared/schemas/outbox';
import { requireRole } from '../auth/middleware';
import { findMeetingBySlug } from '../db/repositories/meetings';
import type { Deps } from '../deps';
import { DomainError } from '../domain/errors';
import { parseBody, readBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { emlOf, outboxOf, resendFailed } from '../mail/outboxView';
import { queueReminders } from '../mail/reminders';

async function meetingOr404(deps: Deps, c: Context<AppEnv>) {
  const meeting = await findMeetingBySlug(deps.db.kysely, c.req.param('slug') ?? '');
  if (!meeting) throw new DomainError('not-found');
  return meeting;
}

export function outboxRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/outbox', requireRole('organizer'), async (c) => {
      // Tells the staff screen whether messages can be read back here (.eml files) or went
      // out through SMTP, which keeps no copy.
      c.header('x-liqa-mail-transport', deps.config.smtpUrl ? 'smtp' : 'eml');
      c.header('cache-control', 'no-store');
      return c.json(await outboxOf(deps, await meetingOr404(deps, c)));
    })
    .post('/outbox/:id/resend', requireRole('organizer'), async (c) => {
      return c.json(await resendFailed(deps, await meetingOr404(deps, c), c.req.param('id')));
    })
    .get('/outbox/:id/eml', requireRole('organizer'), async (c) => {
      const { fileName, content } = await emlOf(
        deps,
        await meetingOr404(deps, c),
        c.req.param('id'),
      );
      return c.body(new Uint8Array(content), 200, {
        'content-type': 'message/rfc822',
        'content-disposition': `attachment; filename="${fileName}"`,
      });
    })
    .post('/reminders', requireRole('organizer'), async (c) => {
      const meeting = await meetingOr404(deps, c);
      // An empty body means "now".
      const request =
        (await readBody(c)).length === 0 ? {} : await parseBody(c, ReminderRequestSchema);
      const staff = c.get('staff');
      if (!staff) throw new DomainError('unauthorized');
      return c.json(await queueReminders(deps, meeting, request, staff.id));
    });
}
