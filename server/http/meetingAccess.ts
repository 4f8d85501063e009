// The gate of every route under a meeting (and of those reaching one through a proposal): loads
// the meeting once, decides whether the asker may act on it with the team rule, and leaves the
// meeting and the asker's role on the context for the handler.
import type { Context, MiddlewareHandler } from 'hono';
import type { StaffRole } from '../../shared/enums';
import { findMeetingById, findMeetingBySlug, type MeetingRow } from '../db/repositories/meetings';
import { findProposal } from '../db/repositories/proposals';
import type { Deps } from '../deps';
import { DomainError } from '../core/domainError';
import { assertMeetingAccess, publicMeetingRole } from '../domain/teams/access';
import type { StaffUser } from '../core/staffUser';
import type { AppEnv } from './env';

/** `public`: anyone (a draft only for its team); a role: staff of the meeting's team with it. */
export type MeetingNeed = StaffRole | 'public';

type NeedOf = MeetingNeed | ((c: Context<AppEnv>) => MeetingNeed);

async function admit(
  deps: Deps,
  c: Context<AppEnv>,
  need: NeedOf,
  load: () => Promise<MeetingRow | undefined>,
): Promise<void> {
  const needed = typeof need === 'function' ? need(c) : need;
  const staff = c.get('staff');
  // 401 before anything is looked up: an anonymous caller learns nothing of what exists.
  if (needed !== 'public' && !staff) throw new DomainError('unauthorized');
  const meeting = await load();
  if (!meeting) throw new DomainError('not-found');
  const role =
    needed === 'public'
      ? await publicMeetingRole(deps, staff, meeting)
      : await assertMeetingAccess(deps, staff, meeting, needed);
  c.set('meeting', meeting);
  c.set('meetingRole', role);
}

/** For routes under /api/meetings/:slug. */
export function meetingAccess(deps: Deps, need: NeedOf): MiddlewareHandler<AppEnv> {
  return async function meetingAccessMiddleware(c, next) {
    await admit(deps, c, need, () => findMeetingBySlug(deps.db.kysely, c.req.param('slug') ?? ''));
    return next();
  };
}

/** For routes under /api/proposals/:id: the proposal's own meeting decides. */
export function proposalMeetingAccess(deps: Deps, need: NeedOf): MiddlewareHandler<AppEnv> {
  return async function proposalMeetingAccessMiddleware(c, next) {
    await admit(deps, c, need, async () => {
      const proposal = await findProposal(deps.db.kysely, c.req.param('id') ?? '');
      return proposal ? findMeetingById(deps.db.kysely, proposal.meeting_id) : undefined;
    });
    return next();
  };
}

/** The meeting the gate loaded; a route without the gate is a programming error. */
export function meetingOf(c: Context<AppEnv>): MeetingRow {
  const meeting = c.get('meeting');
  if (!meeting) throw new Error(`no meeting gate on ${c.req.method} ${c.req.path}`);
  return meeting;
}

/** The signed-in staff user (the gate has already refused anyone else where one is needed). */
export function staffOf(c: Context<AppEnv>): StaffUser {
  const staff = c.get('staff');
  if (!staff) throw new DomainError('unauthorized');
  return staff;
}

/** The staff user when they are on this meeting's team (or an admin), else null: the public. */
export function teamStaffOf(c: Context<AppEnv>): StaffUser | null {
  return c.get('meetingRole') ? c.get('staff') : null;
}
