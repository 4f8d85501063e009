// Save the meeting form: a new meeting is created; an edited one is sent as a merge patch
// against what the server stored, so fields the form does not show stay as they were.
import type { MeetingView } from '../../../shared/api/meetings';
import { mergePatchTo } from '../../../shared/mergePatch';
import type { MeetingInput } from '../../../shared/schemas/meeting';
import { createMeeting, updateMeeting } from '../../api/meetings';

const VIEW_ONLY = new Set([
  'id',
  'registrationState',
  'createdAt',
  'updatedAt',
  'personalDataEraseAt',
  'personalDataErasedAt',
]);

/** What the server stores for a meeting, as far as a merge patch is concerned. */
function storedInput(m: MeetingView): Record<string, unknown> {
  return Object.fromEntries(Object.entries(m).filter(([key]) => !VIEW_ONLY.has(key)));
}

/** Resolves with the saved meeting; rejects with the server's refusal (read it with refusalOf). */
export function saveMeeting(input: MeetingInput, original?: MeetingView): Promise<MeetingView> {
  return original
    ? updateMeeting(
        original.slug,
        mergePatchTo(storedInput(original), input as unknown as Record<string, unknown>),
      )
    : createMeeting(input);
}
