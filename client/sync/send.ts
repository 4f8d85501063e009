// Sends one queued write over the network and reports what happened, never throwing.
import type { QueuedWrite } from '../store/types';
import { parseRetryAfter } from './backoff';
import type { SendResult } from './transition';

/**
 * On a weak 3G link a request can hang for minutes; past this we call it a network failure
 * and let the backoff take over (the server dedupes by id if it did arrive).
 */
export const SEND_TIMEOUT_MS = 30_000;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

function timeoutSignal(ms: number): AbortSignal | undefined {
  return typeof AbortSignal !== 'undefined' && typeof AbortSignal.timeout === 'function'
    ? AbortSignal.timeout(ms)
    : undefined;
}

async function readBody(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  try {
    if (type.includes('json')) return await response.json();
    const text = await response.text();
    return text === '' ? null : text;
  } catch {
    return null; // a body cut off mid-way says nothing more than the status does
  }
}

export async function sendEntry(
  entry: QueuedWrite,
  fetchFn: FetchLike,
  now: number,
): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetchFn(entry.url, {
      method: entry.method,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...entry.headers },
      body: JSON.stringify(entry.body),
      credentials: 'same-origin',
      signal: timeoutSignal(SEND_TIMEOUT_MS),
    });
  } catch (error) {
    return {
      kind: 'network',
      error: error instanceof Error ? error.name || error.message : String(error),
    };
  }
  const body = await readBody(response);
  return {
    kind: 'response',
    status: response.status,
    body,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now),
  };
}
