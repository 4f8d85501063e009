// Everything the server holds about one participant (law 09-08, right of access): every field
// of their registration, the messages sent to them (not the bodies, which are built from these
// same fields), their support request and the desk's check-ins. Their private page shows it
// and offers it as a JSON download.
import type { PersonalData } from '../../../shared/api/registrations';
import type { Locale } from '../../../shared/enums';
import type { RegistrationRow } from '../../db/repositories/registrations';
import type { Deps } from '../../deps';
import { supportOf } from '../support/request';
import { registrationView } from './selfService';

export async function personalDataOf(
  deps: Deps,
  row: RegistrationRow,
  locale: Locale,
): Promise<PersonalData> {
  const db = deps.db.kysely;
  const [view, messages, supportRequest, checkins, feedback] = await Promise.all([
    registrationView(deps, row),
    db
      .selectFrom('outbox')
      .select(['kind', 'channel', 'to_address', 'status', 'created_at', 'sent_at'])
      .where('registration_id', '=', row.id)
      .orderBy('id')
      .execute(),
    supportOf(deps, row, locale),
    db
      .selectFrom('checkin_events')
      .select(['at', 'method', 'outcome', 'received_at'])
      .where('registration_id', '=', row.id)
      .orderBy('at')
      .execute(),
    db
      .selectFrom('feedback')
      .select(['id', 'kind', 'created_at'])
      .where('registration_id', '=', row.id)
      .orderBy('seq')
      .execute(),
  ]);
  return {
    ...view,
    consentAt: row.consent_at,
    invitationCode: row.invitation_code,
    messages: messages.map((m) => ({
      kind: m.kind,
      channel: m.channel,
      to: m.to_address,
      status: m.status,
      queuedAt: m.created_at,
      sentAt: m.sent_at,
    })),
    supportRequest,
    checkins: checkins.map((e) => ({
      at: e.at,
      method: e.method,
      outcome: e.outcome,
      receivedAt: e.received_at,
    })),
    feedback: feedback.map((f) => ({ id: f.id, kind: f.kind, createdAt: f.created_at })),
  };
}
