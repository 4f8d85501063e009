// "Erase my data": the server erases the person for good, then this phone forgets them too
// (the copy, the token, "My registrations", any queued change). Online only: erasure is
// said done once the server has done it, never promised for later.
import { eraseRegistration, type PrivateLinkAccess } from '../../api/registrations';
import { forgetOnThisPhone } from './forgetOnThisPhone';
import type { QueuedAction } from './pendingActions';

export async function eraseMyData(
  access: PrivateLinkAccess,
  actions: readonly QueuedAction[],
): Promise<void> {
  await eraseRegistration(access.id, access.token, access.locale);
  await forgetOnThisPhone(access.id, actions);
}
