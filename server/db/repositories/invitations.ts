// Invitation codes for institutional invitees, and how often each was used.
import type { Kysely } from 'kysely';
import type { Database, InvitationsTable } from '../schema';

export async function insertInvitations(
  db: Kysely<Database>,
  rows: InvitationsTable[],
): Promise<void> {
  await db.insertInto('invitations').values(rows).execute();
}

export function findInvitation(db: Kysely<Database>, meetingId: string, code: string) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export function listInvitations(db: Kysely<Database>, meetingId: string) {
  return db
    .selectFrom('invitations as i')
    .leftJoin('registrations as r', (join) =>
      join.onRef('r.invitation_code', '=', 'i.code').on('r.status', '<>', 'cancelled'),
    )
    .select(['i.code', 'i.label', 'i.created_at'])
    .select((eb) => eb.fn.count<string | number>('r.id').as('used'))
    .where('i.meeting_id', '=', meetingId)
    .groupBy(['i.code', 'i.label', 'i.created_at'])
    .orderBy('i.created_at')
    .orderBy('i.code')
    .execute();
}
