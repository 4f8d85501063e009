// The participant's support request goes through the outbox: made offline, it waits on the
// phone and is sent when the network returns. Asking again replaces the request on the
// server, so a replay (or two queued versions sent in order) ends in the latest one.
import type { Locale } from '../../../shared/enums';
import type { SupportRequestInput } from '../../../shared/schemas/support';
import { manageHeaders } from '../../api/registrations';
import { supportUrl } from '../../api/support';
import type { OutboxEntry } from '../../store/types';
import { discard, enqueue } from '../../sync/outbox';
import { newId } from '../../sync/uuid';

export const SUPPORT_KIND = 'support';

export interface SupportAccess {
  id: string;
  token: string;
  locale: Locale;
}

export function queueSupportRequest(
  access: SupportAccess,
  body: SupportRequestInput,
  replaces?: string,
): Promise<OutboxEntry> {
  return enqueue({
    id: newId(),
    kind: SUPPORT_KIND,
    method: 'POST',
    url: supportUrl(access.id),
    body,
    headers: manageHeaders(access.token, access.locale),
  }).then(async (entry) => {
    if (replaces) await discard(replaces); // the refusal the person just answered
    return entry;
  });
}

/** This registration's latest support entry, if any (the one whose answer counts). */
export function latestSupportEntry(
  registrationId: string,
  entries: readonly OutboxEntry[],
): OutboxEntry | undefined {
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
