// The reads behind `?q=`: the meeting's stored search terms (all of them, or those written since
// the last read), whether they changed since, and the full rows of the people found.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { RegistrationFilter, RegistrationRow } from './registrations';

export interface StoredKeys {
  seq: number;
  name_keys: string | null;
}

/** What tells whether a meeting's keys read earlier are still right. */
export interface NamesState {
  /** Bumped by `noteNamesChanged`; 0 before the first bump. */
  version: number;
  /** The meeting's last registration, and how many it has (none is ever deleted). */
  lastSeq: number;
  count: number;
}

export async function namesState(db: Kysely<Database>, meetingId: string): Promise<NamesState> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('meeting_name_versions')
        .select('version')
        .where('meeting_id', '=', meetingId)
        .as('version'),
      eb
        .selectFrom('registrations')
        .select((e) => e.fn.max('seq').as('seq'))
        .where('meeting_id', '=', meetingId)
        .as('last_seq'),
      eb
        .selectFrom('registrations')
        .select((e) => e.fn.countAll().as('n'))
        .where('meeting_id', '=', meetingId)
        .as('count'),
    ])
    .executeTakeFirstOrThrow();
  // PostgreSQL returns bigint as text.
  return {
    version: Number(row.version ?? 0),
    lastSeq: Number(row.last_seq ?? 0),
    count: Number(row.count ?? 0),
  };
}

/**
 * Says that a name or organization of the meeting changed after it was written (an edit, an
 * erasure): every server reads the meeting's keys again at its next search.
 */
export async function noteNamesChanged(db: Kysely<Database>, meetingId: string): Promise<void> {
  await db
    .insertInto('meeting_name_versions')
    .values({ meeting_id: meetingId, version: 1 })
    .onConflict((oc) =>
      oc
        .column('meeting_id')
        .doUpdateSet((eb) => ({ version: eb('meeting_name_versions.version', '+', 1) })),
    )
    .execute();
}

/** The meeting's keys, those after `afterSeq` only when given. */
export async function storedKeys(
  db: Kysely<Database>,
  meetingId: string,
  afterSeq = -1,
): Promise<StoredKeys[]> {
  const rows = await db
    .selectFrom('registrations')
    .select(['seq', 'name_keys'])
    .where('meeting_id', '=', meetingId)
    .where('seq', '>', afterSeq)
    .orderBy('seq', 'asc')
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), name_keys: r.name_keys }));
}

/** Name and organization of rows whose keys are missing or from another version of the rule. */
export async function namesOf(
  db: Kysely<Database>,
  seqs: number[],
): Promise<Array<{ seq: number; full_name: string; organization: string | null }>> {
  const rows = await db
    .selectFrom('registrations')
    .select(['seq', 'full_name', 'organization'])
    .where('seq', 'in', seqs)
    .execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function storeNameKeys(
  db: Kysely<Database>,
  keys: Array<{ seq: number; nameKeys: string }>,
): Promise<void> {
  for (const { seq, nameKeys } of keys)
    await db
      .updateTable('registrations')
      .set({ name_keys: nameKeys })
      .where('seq', '=', seq)
      .execute();
}

/**
 * Full rows of the meeting by seq under the list's other filters, in the order given; erased
 * people are never found by a name.
 */
export async function rowsBySeq(
  db: Kysely<Database>,
  meetingId: string,
  filter: RegistrationFilter,
  seqs: number[],
): Promise<RegistrationRow[]> {
  if (seqs.length === 0) return [];
  let q = db
    .selectFrom('registrations')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('erased_at', 'is', null)
    .where('seq', 'in', seqs);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.source) q = q.where('source', '=', filter.source);
  if (filter.workshopId) q = q.where('workshop_id', '=', filter.workshopId);
  const bySeq = new Map((await q.execute()).map((row) => [Number(row.seq), row]));
  return seqs.flatMap((seq) => bySeq.get(seq) ?? []);
}

const like = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`;

/** Seqs of the rows whose e-mail or phone contains what was typed, in registration order. */
export async function contactMatches(
  db: Kysely<Database>,
  meetingId: string,
  contact: { email: string | null; phone: string | null },
  limit: number,
): Promise<number[]> {
  const { email, phone } = contact;
  if (!email && !phone) return [];
  const rows = await db
    .selectFrom('registrations')
    .select('seq')
    .where('meeting_id', '=', meetingId)
    .where((eb) =>
      eb.or([
        ...(email ? [eb('email', 'like', like(email))] : []),
        ...(phone ? [eb('phone', 'like', like(phone))] : []),
      ]),
    )
    .orderBy('seq', 'asc')
    .limit(limit)
    .execute();
  return rows.map((r) => Number(r.seq));
}
