// The participant's changes through the private link go through the write queue: made offline,
// they are kept on the phone and sent when the network returns, in the order they were made.
import type { RegistrationPatch } from '../../../shared/schemas/registration';
import {
  cancelUrl,
  privateLinkHeaders,
  privateLinkUrl,
  type PrivateLinkAccess,
} from '../../api/registrations';
import type { QueuedWrite } from '../../store/types';
import { discard, enqueue } from '../../sync/writeQueue';
import { newId } from '../../sync/uuid';
import { CANCEL_KIND, EDIT_KIND } from './pendingActions';

/**
 * Queues a PATCH under a fresh entry id. A PATCH carries no record id of its own, and sending
 * the same values twice changes nothing, so a replay is harmless.
 */
export function queueEdit(
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

/** Cancelling twice is cancelling once on the server, so this too may be replayed. */
export function queueCancel(access: PrivateLinkAccess): Promise<QueuedWrite> {
  return enqueue({
    id: newId(),
    kind: CANCEL_KIND,
    method: 'POST',
    url: cancelUrl(access.id),
    body: {},
    headers: privateLinkHeaders(access.token, access.locale),
  });
}

/** A refusal the person has read. */
export function dismiss(entryId: string): Promise<void> {
  return discard(entryId);
}
