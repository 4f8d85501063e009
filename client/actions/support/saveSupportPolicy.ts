// Save the meeting's support criteria (each list on or off, thresholds, budgets, nights, who may
// ask): the meeting answers as it now stands.
import type { MeetingView } from '../../../shared/api/meetings';
import type { SupportPolicy } from '../../../shared/schemas/meeting';
import { saveSupportPolicy as patchPolicy } from '../../api/support';

export function saveSupportPolicy(slug: string, policy: SupportPolicy): Promise<MeetingView> {
  return patchPolicy(slug, policy);
}
