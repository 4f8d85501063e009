// Tells a participant what the committee decided on their support request: one
// `support-decision` e-mail through the outbox, in the decision's own transaction, once every
// list they asked for is decided (so travel and lodging arrive together, not in two e-mails).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { SupportListRow } from '../../db/repositories/support';
import { queueRegistrationMail } from '../../mail/queue';

export interface DecisionState {
  travel: string;
  lodging: string;
}

export function fullyDecided(
  row: Pick<SupportListRow, 'travel' | 'lodging'>,
  decided: DecisionState,
): boolean {
  const open = (asked: number, decision: string) => asked === 1 && decision === 'pending';
  return (
    (row.travel === 1 || row.lodging === 1) &&
    !open(row.travel, decided.travel) &&
    !open(row.lodging, decided.lodging)
  );
}

/**
 * The outbox keeps at most one e-mail of a kind per registration: a decision changed later is
 * seen in the app (GET /api/registrations/:id/support), not mailed a second time.
 */
export async function notifySupportDecision(
  trx: Kysely<Database>,
  row: SupportListRow,
  decided: DecisionState,
  nowIso: string,
): Promise<boolean> {
  if (!fullyDecided(row, decided)) return false;
  const payload = {
    travel: row.travel === 1 ? decided.travel : null,
    lodging: row.lodging === 1 ? decided.lodging : null,
    nights: row.lodging === 1 ? row.nights : null,
    departureProvinceCode: row.departure_province_code,
  };
  return queueRegistrationMail(
    trx,
    {
      id: row.registration_id,
      meeting_id: row.meeting_id,
      email: row.email,
      phone: row.phone,
      locale: row.locale,
    },
    'support-decision',
    nowIso,
    { payload },
  );
}
