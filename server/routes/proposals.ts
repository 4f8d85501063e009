// A proposal's moderation by organizers, mounted under /api/proposals:
//   PATCH /:id  { status?, explanation?, institution?, hidden?, mergedInto? } → 200 the proposal
//               as organizers see it; `not-retained` needs an explanation in the same request.
import type { OrganizerProposal } from '../../shared/api/feedback';
import { Hono } from 'hono';
import { ProposalPatchSchema } from '../../shared/schemas/feedback';
import type { Deps } from '../deps';
import { moderateProposal } from '../domain/feedback/moderate';
import { parseBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { proposalMeetingAccess, staffOf } from '../http/meetingAccess';
import { requestLocale } from '../http/locale';

export function proposalRoutes(deps: Deps) {
  return new Hono<AppEnv>().patch('/:id', proposalMeetingAccess(deps, 'organizer'), async (c) => {
    const patch = await parseBody(c, ProposalPatchSchema);
    return c.json<OrganizerProposal>(
      await moderateProposal(deps, c.req.param('id'), patch, staffOf(c), requestLocale(c)),
    );
  });
}
