// "Change my details" through the private link: the change goes through the write queue, so made
// offline it is kept on the phone and sent when the network returns, in the order made.
import type { RegistrationPatch } from '../../../shared/schemas/registration';
import {
  privateLinkHeaders,
  privateLinkUrl,
  type PrivateLinkAccess,
} from '../../api/registrations';
import type { QueuedWrite } from '../../store/types';
import { newId } from '../../sync/uuid';
import { discard, enqueue } from '../../sync/writeQueue';
import { EDIT_KIND } from './pendingActions';

/**
 * Queues a PATCH under a fresh entry id. A PATCH carries no record id of its own, and sending
 * the same values twice changes nothing, so a replay is harmless. `replaces`: the refused change
 * the person has just corrected.
 */
export function editDetails(
  access: PrivateLinkAccess,
  patch: RegistrationPatch,
  replaces?: string,
): Promise<QueuedWrite> {
  return enqueue({
    id: newId(),
    kind: EDIT_KIND,
    method: 'PATCH',
    url: privateLinkUrl(access.id),
    body: patch,
    headers: privateLinkHeaders(access.token, access.locale),
  }).then(async (entry) => {
    // The refusal the person just corrected has been read: it leaves the queue.
    if (replaces) await discard(replaces);
    return entry;
  });
}
