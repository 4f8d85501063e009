// Proposals: the solutions given in feedback, their public list and their moderation.
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Dialect } from '../migrations/columns';
import type { ProposalStatus } from '../../../shared/enums';
import type { Database, ProposalsTable } from '../schema';

export type ProposalRow = Selectable<ProposalsTable>;
export type NewProposalRow = Insertable<ProposalsTable>;

export async function insertProposals(db: Kysely<Database>, rows: NewProposalRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('proposals').values(rows).execute();
}

/** The proposals a feedback gave rise to, in the order its solutions were written. */
export async function proposalIdsOf(db: Kysely<Database>, feedbackId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('proposals')
    .select('id')
    .where('feedback_id', '=', feedbackId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.id);
}

export function findProposal(db: Kysely<Database>, id: string): Promise<ProposalRow | undefined> {
  return db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The meeting's proposals in the order they came; `publicOnly`: neither hidden nor merged. */
export function listProposalRows(
  db: Kysely<Database>,
  meetingId: string,
  publicOnly: boolean,
): Promise<ProposalRow[]> {
  let q = db.selectFrom('proposals').selectAll().where('meeting_id', '=', meetingId);
  if (publicOnly) q = q.where('hidden', '=', 0).where('merged_into', 'is', null);
  return q.orderBy('seq').execute();
}

/** The proposal read in order to change it: locked until the transaction ends (PostgreSQL). */
export function lockProposal(
  db: Kysely<Database>,
  dialect: Dialect,
  id: string,
): Promise<ProposalRow | undefined> {
  const q = db.selectFrom('proposals').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
}

/** Changes a proposal only if its fate is still `fromStatus` (compare-and-set). */
export async function updateProposalRow(
  db: Kysely<Database>,
  id: string,
  fromStatus: ProposalStatus,
  changes: Updateable<ProposalsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('proposals')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Duplicates merged into `fromId` follow it into `toId`: merges never chain. */
export async function repointMerged(
  db: Kysely<Database>,
  fromId: string,
  toId: string,
  nowIso: string,
): Promise<void> {
  await db
    .updateTable('proposals')
    .set({ merged_into: toId, updated_at: nowIso })
    .where('merged_into', '=', fromId)
    .execute();
}

/**
 * Who hears of the kept proposal's fate: the linked authors of it and of every visible duplicate
 * merged into it, one row per (author, their own proposal); those without an e-mail are left out.
 */
export function outcomeRecipients(db: Kysely<Database>, keptId: string) {
  return db
    .selectFrom('proposals as p')
    .innerJoin('feedback as f', 'f.id', 'p.feedback_id')
    .innerJoin('registrations as r', 'r.id', 'f.registration_id')
    .select(['p.id as proposal_id', 'r.id', 'r.meeting_id', 'r.email', 'r.phone', 'r.locale'])
    .where((eb) => eb.or([eb('p.id', '=', keptId), eb('p.merged_into', '=', keptId)]))
    .where('p.hidden', '=', 0)
    .where('r.email', 'is not', null)
    .orderBy('p.seq')
    .execute();
}

/**
 * The proposals of several meetings with their meeting's slug, meeting by meeting in the order
 * they took place, then in the order they came; `publicOnly`: neither hidden nor merged.
 */
export function proposalRowsOfMeetings(
  db: Kysely<Database>,
  meetingIds: string[],
  publicOnly: boolean,
) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('proposals as p')
    .innerJoin('meetings as m', 'm.id', 'p.meeting_id')
    .selectAll('p')
    .select('m.slug as meeting_slug')
    .where('p.meeting_id', 'in', meetingIds);
  if (publicOnly) q = q.where('p.hidden', '=', 0).where('p.merged_into', 'is', null);
  return q.orderBy('m.starts_at').orderBy('m.slug').orderBy('p.seq').execute();
}
