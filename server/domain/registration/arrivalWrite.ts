// Writes a new registration with its seat and its messages, atomically: on PostgreSQL in one
// statement (one round trip, the meeting row locked only while it commits), on SQLite in the
// group-committed write transaction (or on PostgreSQL when its first ticket code was taken).
import type { Deps } from '../../deps';
import { newTicketCodeHash } from '../../auth/ticketCodes';
import { inWriteTransaction } from '../../db/writeBatch';
import {
  insertRegistrationAtOnce,
  type RegistrationFields,
} from '../../db/repositories/registrationAtOnce';
import { insertRegistration } from '../../db/repositories/registrations';
import { mailForStatus } from '../../mail/kinds';
import { queueRegistrationMail } from '../../mail/queue';
import { smsPolicyOfData } from '../../mail/channels';
import type { MeetingRow } from '../../db/repositories/meetings';
import { DomainError } from '../../core/domainError';
import { mailsOnArrival } from './mailsOnArrival';
import { seatChoice, type Admission } from './admission';
import { seatOnArrival, type SeatPolicy } from './seats';

type Status = 'accepted' | 'waitlisted' | 'pending';

export interface Arriving {
  meeting: MeetingRow;
  policy: SeatPolicy;
  admission: Admission;
  /** The row but its status and ticket code. */
  fields: Omit<RegistrationFields, 'ticket_code_hash'>;
  /** Its first ticket code, when no one else in the meeting holds it: the one-statement path. */
  freeTicketCodeHash: string | null;
  now: Date;
}

async function atOnce(deps: Deps, a: Arriving, ticketCodeHash: string): Promise<Status> {
  const choice = seatChoice(a.policy, a.admission);
  const statuses = [
    ...(choice.takeSeat ? ['accepted'] : []),
    ...(choice.fallback ? [choice.fallback] : []),
  ];
  const row = { ...a.fields, ticket_code_hash: ticketCodeHash };
  const status = await insertRegistrationAtOnce(
    deps.db.kysely,
    row,
    choice,
    mailsOnArrival(
      {
        id: row.id,
        email: row.email ?? null,
        phone: row.phone ?? null,
        meetingData: a.meeting.data,
      },
      statuses,
      a.now,
    ),
    a.now.toISOString(),
  );
  if (!status) throw new DomainError('capacity-exceeded');
  return status as Status;
}

function inTransaction(deps: Deps, a: Arriving): Promise<Status> {
  const nowIso = a.now.toISOString();
  return inWriteTransaction(deps.db, async (trx) => {
    const seat = await seatOnArrival(trx, a.policy, a.admission);
    const row = {
      ...a.fields,
      status: seat,
      first_status: seat,
      ticket_code_hash: await newTicketCodeHash(trx, deps, a.meeting.id, a.fields.id),
    };
    await insertRegistration(trx, row);
    // The e-mail is queued with the registration: both are committed, or neither.
    const kind = mailForStatus(seat);
    if (kind)
      await queueRegistrationMail(
        trx,
        {
          id: row.id,
          meeting_id: row.meeting_id,
          email: row.email ?? null,
          phone: row.phone ?? null,
          locale: row.locale,
        },
        kind,
        nowIso,
        { smsPolicy: smsPolicyOfData(a.meeting.data) },
      );
    return seat;
  });
}

/** PostgreSQL's error for a ticket code drawn twice at once (the next round is then taken). */
function ticketCodeClash(err: unknown): boolean {
  return (err as { constraint?: string } | null)?.constraint === 'registrations_ticket_code';
}

/** The status written. Throws a unique violation when the id, e-mail or phone is taken. */
export async function writeArrival(deps: Deps, a: Arriving): Promise<Status> {
  if (deps.db.dialect !== 'postgres' || !a.freeTicketCodeHash) return inTransaction(deps, a);
  try {
    return await atOnce(deps, a, a.freeTicketCodeHash);
  } catch (err) {
    if (!ticketCodeClash(err)) throw err;
    return inTransaction(deps, a);
  }
}
