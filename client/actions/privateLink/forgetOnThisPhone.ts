// "Delete my data from this phone": the private link's copy, the token, the entry on "My
// registrations" and every queued action (their bodies and headers hold personal data and the
// token). The registration itself stays with the organizers.
import { discard } from '../../sync/writeQueue';
import { forgetRegistration } from '../registration/forgetRegistration';
import { dropLocalCopy } from './localCopy';
import type { QueuedAction } from './pendingActions';

export async function forgetOnThisPhone(id: string, actions: readonly QueuedAction[]) {
  await dropLocalCopy(id);
  for (const { entry } of actions) await discard(entry.id);
  await forgetRegistration(id);
}
