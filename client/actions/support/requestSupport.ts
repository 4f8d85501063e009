// Asking for travel and/or lodging support: made offline, the request waits in the write queue
// and is sent when the network returns. Asking again replaces the request on the server, so a
// replay (or two queued versions sent in order) ends in the latest one.
import type { SupportRequestInput } from '../../../shared/schemas/support';
import { privateLinkHeaders, type PrivateLinkAccess } from '../../api/registrations';
import { supportUrl } from '../../api/support';
import type { QueuedWrite, WriteKind } from '../../store/types';
import { discard, enqueue } from '../../sync/writeQueue';
import { newId } from '../../sync/uuid';

export const SUPPORT_KIND = 'support' satisfies WriteKind;

/** `replaces`: the refused request the person has just answered, which leaves the queue. */
export function requestSupport(
  access: PrivateLinkAccess,
  body: SupportRequestInput,
  replaces?: string,
): Promise<QueuedWrite> {
  return enqueue({
    id: newId(),
    kind: SUPPORT_KIND,
    method: 'POST',
    url: supportUrl(access.id),
    body,
    headers: privateLinkHeaders(access.token, access.locale),
  }).then(async (entry) => {
    if (replaces) await discard(replaces);
    return entry;
  });
}
