// Feedback and proposals of a meeting, mounted under /api/meetings/:slug:
//   POST /feedback               public, rate limited; `Authorization: Bearer <manageToken>`
//                                links it to that participant of this meeting (another token:
//                                401), anonymous otherwise → 201 { id, linked, proposals: [ids] };
//                                idempotent by id (other content under the same id: 409)
//   GET  /feedback               organizer → { items, summary }; ?format=csv|xlsx exports items
//   POST /feedback/invitations   organizer { audience?: "attended" (default) | "accepted" } →
//                                { queued, at }: one feedback-invitation e-mail per participant
//   GET  /proposals              public: visible proposals, duplicates once, no names;
//                                ?view=moderation (organizer): all, with hidden and mergedInto
import type {
  FeedbackAnswer,
  FeedbackOverview,
  OrganizerProposal,
  PublicProposal,
  QueuedMessages,
} from '../../shared/api/feedback';
import { Hono, type Context } from 'hono';
import {
  FeedbackInputSchema,
  FeedbackInvitationRequestSchema,
} from '../../shared/schemas/feedback';
import { bearerToken } from '../auth/middleware';
import type { Deps } from '../deps';
import { linkedRegistrationId } from '../domain/feedback/access';
import { queueFeedbackInvitations } from '../domain/feedback/invitations';
import { feedbackItems, feedbackOverview } from '../domain/feedback/overview';
import { proposalsForModeration, publicProposals } from '../domain/feedback/proposals';
import { submitFeedback } from '../domain/feedback/submit';
import { parseBody, readBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { meetingAccess, meetingOf, staffOf, teamStaffOf } from '../http/meetingAccess';
import { anySheet, exportContextOf, exportResponse, isExportFormat } from '../exports/respond';
import { feedbackColumns } from '../exports/feedback';
import { meetingInputOf } from '../domain/meetingView';
import { requestLocale } from '../http/locale';
import { clientKey } from '../http/clientKey';
import { publicRateLimit } from '../http/rateLimit';
import { enforce } from '../limits/limiter';
import { PROPOSALS_PER_CLIENT } from '../limits/rules';

/** Each solution becomes a public proposal: counted per client and meeting (staff typing in
 * paper forms are not limited). */
async function limitProposals(deps: Deps, c: Context<AppEnv>, count: number): Promise<void> {
  if (count === 0 || deps.config.rateLimit <= 0 || teamStaffOf(c)) return;
  const subject = `${meetingOf(c).id}\n${clientKey(c, deps.config.trustProxy)}`;
  await enforce(deps.db.kysely, deps.now(), PROPOSALS_PER_CLIENT, subject, count);
}

export function feedbackRoutes(deps: Deps) {
  // The moderation view of proposals is for organizers; the plain list is public.
  const proposalsNeed = (c: Context<AppEnv>) =>
    c.req.query('view') === 'moderation' ? 'organizer' : 'public';
  return new Hono<AppEnv>()
    .post(
      '/feedback',
      meetingAccess(deps, 'public'),
      publicRateLimit(deps, 'feedback'),
      async (c) => {
        const meeting = meetingOf(c);
        // The token is checked before the body is read: 401 comes before 422.
        const linked = await linkedRegistrationId(
          deps,
          meeting,
          bearerToken(c.req.header('authorization')),
          teamStaffOf(c),
        );
        const input = await parseBody(c, FeedbackInputSchema);
        await limitProposals(deps, c, input.solutions?.length ?? 0);
        return c.json<FeedbackAnswer>(
          await submitFeedback(deps, meeting, input, linked, requestLocale(c)),
          201,
        );
      },
    )
    .get('/feedback', meetingAccess(deps, 'organizer'), async (c) => {
      const meeting = meetingOf(c);
      c.header('cache-control', 'no-store');
      const format = c.req.query('format');
      if (isExportFormat(format)) {
        const ctx = exportContextOf(c, meeting.timezone);
        const columns = feedbackColumns(ctx, meetingInputOf(meeting).workshops ?? []);
        const rows = await feedbackItems(deps, meeting);
        return exportResponse(
          c,
          deps.config,
          format,
          `feedback-${meeting.slug}`,
          [anySheet({ name: meeting.slug, columns, rows })],
          ctx,
        );
      }
      return c.json<FeedbackOverview>(await feedbackOverview(deps, meeting));
    })
    .post('/feedback/invitations', meetingAccess(deps, 'organizer'), async (c) => {
      const meeting = meetingOf(c);
      const request =
        (await readBody(c)).length === 0 ? {} : await parseBody(c, FeedbackInvitationRequestSchema);
      return c.json<QueuedMessages>(
        await queueFeedbackInvitations(deps, meeting, request, staffOf(c).id),
      );
    })
    .get('/proposals', meetingAccess(deps, proposalsNeed), async (c) => {
      if (c.req.query('view') === 'moderation') {
        c.header('cache-control', 'no-store');
        return c.json<OrganizerProposal[]>(await proposalsForModeration(deps, meetingOf(c)));
      }
      return c.json<PublicProposal[]>(await publicProposals(deps, meetingOf(c)));
    });
}
