// Identifies the client for throttling: the socket's address (behind a trusted proxy, its header).
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

export function clientKey(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // in-process requests (tests) have no socket
  }
}
