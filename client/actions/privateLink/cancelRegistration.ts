// "Cancel my registration" through the private link: queued like a change of details, so it
// is kept on the phone offline and sent when the network returns.
import { cancelUrl, privateLinkHeaders, type PrivateLinkAccess } from '../../api/registrations';
import type { QueuedWrite } from '../../store/types';
import { newId } from '../../sync/uuid';
import { enqueue } from '../../sync/writeQueue';
import { CANCEL_KIND } from './pendingActions';

/** Cancelling twice is cancelling once on the server, so this too may be replayed. */
export function cancelRegistration(access: PrivateLinkAccess): Promise<QueuedWrite> {
  return enqueue({
    id: newId(),
    kind: CANCEL_KIND,
    method: 'POST',
    url: cancelUrl(access.id),
    body: {},
    headers: privateLinkHeaders(access.token, access.locale),
  });
}
