// A meeting's team, mounted under /api/meetings/:slug (organizers of the meeting):
//   GET    /team              → [{ userId, email, role }]
//   POST   /team              { email, role } → 200 the team (the staff screen adds by e-mail)
//   PUT    /team/:userId      { role: "organizer" | "checkin" } → 200 the team
//   DELETE /team/:userId      → 200 the team (taking off someone not on it changes nothing)
import { Hono } from 'hono';
import type { TeamMember } from '../../shared/api/team';
import { TeamAddSchema, TeamRoleInputSchema } from '../../shared/schemas/team';
import type { Deps } from '../deps';
import { putOnTeam, putOnTeamByEmail, takeOffTeam, teamView } from '../domain/teams/team';
import { parseBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { requestLocale } from '../http/locale';
import { meetingAccess, meetingOf, staffOf } from '../http/meetingAccess';

export function teamRoutes(deps: Deps) {
  const organizers = meetingAccess(deps, 'organizer');
  return new Hono<AppEnv>()
    .get('/team', organizers, async (c) => c.json<TeamMember[]>(await teamView(deps, meetingOf(c))))
    .post('/team', organizers, async (c) => {
      const { email, role } = await parseBody(c, TeamAddSchema);
      const locale = requestLocale(c);
      return c.json<TeamMember[]>(
        await putOnTeamByEmail(deps, meetingOf(c), email, role, staffOf(c), locale),
      );
    })
    .put('/team/:userId', organizers, async (c) => {
      const { role } = await parseBody(c, TeamRoleInputSchema);
      const userId = c.req.param('userId');
      const locale = requestLocale(c);
      return c.json<TeamMember[]>(
        await putOnTeam(deps, meetingOf(c), userId, role, staffOf(c), locale),
      );
    })
    .delete('/team/:userId', organizers, async (c) =>
      c.json<TeamMember[]>(
        await takeOffTeam(deps, meetingOf(c), c.req.param('userId'), staffOf(c)),
      ),
    );
}
