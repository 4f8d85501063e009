// What a new registration may clash with, in one round trip (SQLite, before its write): a
// registration with its id (a replay), a live one of the meeting with its e-mail or phone, one
// holding its ticket code.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';
import type { RegistrationRow } from './registrations';

export interface Clashes {
  /** The registration already stored under this id, any meeting. */
  sameId?: RegistrationRow;
  /** A live registration of the meeting using this e-mail or phone (another id). */
  duplicate?: { id: string };
  /** Another registration of the meeting already holds this ticket code hash. */
  ticketCodeTaken: boolean;
}

type Why = 'id' | 'email' | 'phone' | 'ticket';

export async function findClashes(
  db: Kysely<Database>,
  meetingId: string,
  id: string,
  contact: { email: string | null; phone: string | null },
  ticketCodeHash: string | null,
): Promise<Clashes> {
  const why = (w: Why) => sql<Why>`${w}`.as('why');
  let q = db
    .selectFrom('registrations')
    .select(['id', why('id')])
    .where('id', '=', id);
  // Each branch is answered from its own index (the partial unique ones for e-mail and phone).
  for (const [column, value] of [
    ['email', contact.email],
    ['phone', contact.phone],
  ] as const) {
    if (!value) continue;
    q = q.unionAll(
      db
        .selectFrom('registrations')
        .select(['id', why(column)])
        .where('meeting_id', '=', meetingId)
        .where(column, '=', value)
        .where('status', '<>', 'cancelled'),
    );
  }
  if (ticketCodeHash)
    q = q.unionAll(
      db
        .selectFrom('registrations')
        .select(['id', why('ticket')])
        .where('meeting_id', '=', meetingId)
        .where('ticket_code_hash', '=', ticketCodeHash)
        .where('id', '<>', id),
    );
  const rows = await q.execute();
  const sameId = rows.some((r) => r.why === 'id')
    ? await db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst()
    : undefined;
  const duplicate = rows.find((r) => (r.why === 'email' || r.why === 'phone') && r.id !== id);
  return {
    ...(sameId ? { sameId } : {}),
    ...(duplicate ? { duplicate: { id: duplicate.id } } : {}),
    ticketCodeTaken: rows.some((r) => r.why === 'ticket'),
  };
}
