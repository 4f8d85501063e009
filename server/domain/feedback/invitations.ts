// After the meeting: invite those who came (or every accepted participant, when the desk was
// not used) to give feedback. Asked before the meeting ends, the e-mails wait for its end.
import type { FeedbackInvitationRequest } from '../../../shared/schemas/feedback';
import { audit } from '../../db/repositories/audit';
import type { MeetingRow } from '../../db/repositories/meetings';
import { listRegistrationRows } from '../../db/repositories/registrations';
import { inWriteTransaction } from '../../db/writeBatch';
import type { Deps } from '../../deps';
import { mailQueued } from '../../mail/notifier';
import { queueFeedbackInvitation } from './notify';

export async function queueFeedbackInvitations(
  deps: Deps,
  meeting: MeetingRow,
  request: FeedbackInvitationRequest,
  actorId: string,
): Promise<{ queued: number; at: string }> {
  const audience = request.audience ?? 'attended';
  const nowIso = deps.now().toISOString();
  const notBefore = meeting.ends_at > nowIso ? meeting.ends_at : nowIso;
  const queued = await inWriteTransaction(deps.db, async (trx) => {
    const accepted = await listRegistrationRows(trx, meeting.id, { status: 'accepted' });
    const invited =
      audience === 'attended' ? accepted.filter((r) => r.checked_in_at !== null) : accepted;
    let added = 0;
    for (const row of invited) {
      if (await queueFeedbackInvitation(trx, row, nowIso, notBefore)) added++;
    }
    await audit(trx, {
      at: nowIso,
      actor: actorId,
      action: 'feedback.invitations',
      subject: meeting.id,
      detail: { audience, added },
    });
    return added;
  });
  mailQueued(deps.db);
  return { queued, at: notBefore };
}
