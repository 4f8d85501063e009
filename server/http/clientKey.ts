// Identifies the client for rate limits and throttles: the socket's address, or behind
// LIQA_TRUST_PROXY trusted proxies the address the outermost of them saw. Never the header by
// default: anyone can send an X-Forwarded-For, so trusting it unasked would let a client pick
// a fresh identity for every request.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // in-process requests (tests) have no socket
  }
}

/**
 * Each trusted proxy appends the address it received the request from, so with `hops` proxies
 * the client is the entry `hops` places from the end; entries before it are the client's own say.
 */
export function clientKey(c: Context, trustProxyHops: number): string {
  if (trustProxyHops > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const client = chain[Math.max(0, chain.length - trustProxyHops)];
    if (client) return client;
  }
  return socketAddress(c);
}
