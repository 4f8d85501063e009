// Accepted participants whom no message can reach: no e-mail, and a phone the meeting's SMS
// policy does not text (or no phone). Organizers call them or fix the policy.
import type { UnreachableParticipant } from '../../shared/api/outbox';
import type { MeetingRow } from '../db/repositories/meetings';
import { listRegistrationRows } from '../db/repositories/registrations';
import type { Deps } from '../deps';
import { channelsFor, smsPolicyOfData } from './channels';

export async function unreachableOf(
  deps: Deps,
  meeting: MeetingRow,
): Promise<UnreachableParticipant[]> {
  const policy = smsPolicyOfData(meeting.data);
  const accepted = await listRegistrationRows(deps.db.kysely, meeting.id, { status: 'accepted' });
  return (
    accepted
      // An erased person has no address on purpose: there is no one left to reach.
      .filter((row) => row.erased_at === null)
      .filter((row) => channelsFor(row, policy, 'confirmation').length === 0)
      .map((row) => ({ registrationId: row.id, fullName: row.full_name }))
  );
}
