// E-mails and SMS of a meeting (organizer): the outbox, who no channel reaches, resending a
// failed message, reading an .eml or SMS .txt of the embedded transports, and queueing
// reminders. Mounted under /api/meetings/:slug.
import type { OutboxItem, QueuedMessages, UnreachableParticipant } from '../../shared/api/outbox';
import { Hono } from 'hono';
import { ReminderRequestSchema } from '../../shared/schemas/outbox';
import type { Deps } from '../deps';
import { parseBody, readBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { meetingAccess, meetingOf, staffOf } from '../http/meetingAccess';
import { emlOf, outboxOf, resendFailed, smsTextOf } from '../mail/outboxView';
import { queueReminders } from '../mail/reminders';
import { unreachableOf } from '../mail/unreachable';

export function outboxRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/outbox', meetingAccess(deps, 'organizer'), async (c) => {
      // Tells the staff screen whether messages can be read back here (.eml and .txt files)
      // or went out through SMTP / an SMPP gateway, which keep no copy.
      c.header('x-liqa-mail-transport', deps.config.smtpUrl ? 'smtp' : 'eml');
      c.header('x-liqa-sms-transport', deps.config.smsUrl ? 'smpp' : 'txt');
      c.header('cache-control', 'no-store');
      return c.json<OutboxItem[]>(await outboxOf(deps, meetingOf(c)));
    })
    .get('/outbox/unreachable', meetingAccess(deps, 'organizer'), async (c) => {
      c.header('cache-control', 'no-store');
      return c.json<UnreachableParticipant[]>(await unreachableOf(deps, meetingOf(c)));
    })
    .post('/outbox/:id/resend', meetingAccess(deps, 'organizer'), async (c) => {
      return c.json<OutboxItem>(await resendFailed(deps, meetingOf(c), c.req.param('id')));
    })
    .get('/outbox/:id/eml', meetingAccess(deps, 'organizer'), async (c) => {
      const { fileName, content } = await emlOf(deps, meetingOf(c), c.req.param('id'));
      return c.body(new Uint8Array(content), 200, {
        'content-type': 'message/rfc822',
        'content-disposition': `attachment; filename="${fileName}"`,
      });
    })
    .get('/outbox/:id/sms', meetingAccess(deps, 'organizer'), async (c) => {
      const { fileName, content } = await smsTextOf(deps, meetingOf(c), c.req.param('id'));
      return c.body(new Uint8Array(content), 200, {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': `inline; filename="${fileName}"`,
        'cache-control': 'no-store',
      });
    })
    .post('/reminders', meetingAccess(deps, 'organizer'), async (c) => {
      const meeting = meetingOf(c);
      // An empty body means "now".
      const request =
        (await readBody(c)).length === 0 ? {} : await parseBody(c, ReminderRequestSchema);
      return c.json<QueuedMessages>(await queueReminders(deps, meeting, request, staffOf(c).id));
    });
}
