// The participant's support request goes through the write queue: made offline, it waits on the
// phone and is sent when the network returns. Asking again replaces the request on the
// server, so a replay (or two queued versions sent in order) ends in the latest one.
import type { SupportRequestInput } from '../../../shared/schemas/support';
import { privateLinkHeaders, type PrivateLinkAccess } from '../../api/registrations';
import { supportUrl } from '../../api/support';
import type { QueuedWrite } from '../../store/types';
import { discard, enqueue } from '../../sync/writeQueue';
import { newId } from '../../sync/uuid';

export const SUPPORT_KIND = 'support';

export function queueSupportRequest(
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
    if (replaces) await discard(replaces); // the refusal the person just answered
    return entry;
  });
}

/** This registration's latest support entry, if any (the one whose answer counts). */
export function latestSupportEntry(
  registrationId: string,
  entries: readonly QueuedWrite[],
): QueuedWrite | undefined {
  const url = supportUrl(registrationId);
  return entries
    .filter((e) => e.kind === SUPPORT_KIND && e.url === url)
    .sort((a, b) => b.seq - a.seq)[0];
}

// The server's tokens are base64url (43 characters); anything else after `#` is not one.
const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

/** A token after `#` (a private link opened straight here), read once and taken off the bar. */
export function takeHashToken(): string | null {
  const raw = window.location.hash.slice(1);
  if (window.location.hash) history.replaceState(history.state, '', window.location.pathname);
  return TOKEN.test(raw) ? raw : null;
}
