// A meeting's e-mails and SMS for organizers: the outbox list (and whether its messages can be
// read back here), who no channel reaches, resending a failed one, reading a sent one (.eml or
// SMS .txt), queueing reminders.
// Personal data (addresses): network only, never cached on the device.
import type {
  OutboxItem,
  OutboxList,
  QueuedMessages,
  ReminderRequest,
  UnreachableParticipant,
} from '../../shared/api/outbox';
import type { Locale } from '../../shared/enums';
import type { ErrorCode } from '../../shared/errors';
import { ApiError, apiRequest } from './http';

const outboxUrl = (slug: string) => `/api/meetings/${encodeURIComponent(slug)}/outbox`;

/** The raw .eml of a sent message (a plain link downloads it with the session cookie). */
export function emlUrl(slug: string, id: number): string {
  return `${outboxUrl(slug)}/${id}/eml`;
}

/** The .txt copy of a sent SMS. */
export function smsUrl(slug: string, id: number): string {
  return `${outboxUrl(slug)}/${id}/sms`;
}

/** A GET whose headers or text body matter (apiRequest gives JSON bodies only). */
async function fetchOk(path: string, locale: Locale, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, {
      headers: {
        accept: 'application/json, message/rfc822, text/plain',
        'accept-language': locale,
      },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'network');
  }
  if (res.ok) return res;
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  const code = typeof body.code === 'string' ? (body.code as ErrorCode) : 'unknown';
  const title = typeof body.title === 'string' ? body.title : String(res.status);
  throw new ApiError(res.status, code, title, [], body.detail as string | undefined);
}

export async function listOutbox(
  slug: string,
  locale: Locale,
  signal?: AbortSignal,
): Promise<OutboxList> {
  const res = await fetchOk(outboxUrl(slug), locale, signal);
  const items = (await res.json()) as OutboxItem[];
  return {
    items,
    readable: res.headers.get('x-liqa-mail-transport') === 'eml',
    smsReadable: res.headers.get('x-liqa-sms-transport') === 'txt',
  };
}

export async function listUnreachable(
  slug: string,
  locale: Locale,
  signal?: AbortSignal,
): Promise<UnreachableParticipant[]> {
  const res = await fetchOk(`${outboxUrl(slug)}/unreachable`, locale, signal);
  return (await res.json()) as UnreachableParticipant[];
}

export async function readSmsText(
  slug: string,
  id: number,
  locale: Locale,
  signal?: AbortSignal,
): Promise<string> {
  return (await fetchOk(smsUrl(slug, id), locale, signal)).text();
}

/** Puts a failed e-mail back in the queue, due now. */
export function resendMail(slug: string, id: number): Promise<OutboxItem> {
  return apiRequest<OutboxItem>(`${outboxUrl(slug)}/${id}/resend`, { method: 'POST' });
}

export async function readEmlText(
  slug: string,
  id: number,
  locale: Locale,
  signal?: AbortSignal,
): Promise<string> {
  return (await fetchOk(emlUrl(slug, id), locale, signal)).text();
}

/** One reminder per accepted participant, now, at a wall time, or N days before the start. */
export function queueReminders(slug: string, request: ReminderRequest): Promise<QueuedMessages> {
  return apiRequest<QueuedMessages>(`/api/meetings/${encodeURIComponent(slug)}/reminders`, {
    method: 'POST',
    body: request,
  });
}
