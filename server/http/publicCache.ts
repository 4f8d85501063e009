// The answers every phone asks for when a window opens (a meeting, the list of meetings),
// serialised once and served from memory with an ETag; 304 to If-None-Match. An answer is made
// again when this process changes a meeting or its seats, when a registration window opens or
// closes (the state it shows), and after FRESH_MS at most (another instance may have written).
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { meetingChangeGeneration } from '../db/meetingChanges';
import type { Deps } from '../deps';
import type { AppEnv } from './env';

const FRESH_MS = 1000;
const MAX_ENTRIES = 500;

interface Entry {
  body: string;
  etag: string;
  generation: number;
  /** deps.now() instant (ms) of the next window edge: the answer's state changes there. */
  validUntil: number;
  /** Wall-clock (performance.now) limit, for writes made by other instances. */
  freshUntil: number;
}

export interface PublicAnswer {
  value: unknown;
  /** Instants at which the answer changes by itself (registration windows' opening and closing). */
  edges: Array<string | Date>;
}

const caches = new WeakMap<Deps, Map<string, Entry>>();

function cacheOf(deps: Deps): Map<string, Entry> {
  let cache = caches.get(deps);
  if (!cache) caches.set(deps, (cache = new Map()));
  return cache;
}

function nextEdge(edges: Array<string | Date>, now: number): number {
  let next = Infinity;
  for (const edge of edges) {
    const t = new Date(edge).getTime();
    if (t > now && t < next) next = t;
  }
  return next;
}

export async function publicJson(
  c: Context<AppEnv>,
  deps: Deps,
  key: string,
  make: () => Promise<PublicAnswer>,
): Promise<Response> {
  const cache = cacheOf(deps);
  const now = deps.now().getTime();
  let entry = cache.get(key);
  if (
    !entry ||
    entry.generation !== meetingChangeGeneration() ||
    now >= entry.validUntil ||
    performance.now() >= entry.freshUntil
  ) {
    const generation = meetingChangeGeneration();
    const answer = await make();
    const body = JSON.stringify(answer.value);
    entry = {
      body,
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
      generation,
      validUntil: nextEdge(answer.edges, now),
      freshUntil: performance.now() + FRESH_MS,
    };
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, entry);
  }
  const headers = {
    etag: entry.etag,
    // Phones may keep it but must ask again each time (a 304 costs a few bytes).
    'cache-control': 'no-cache',
  };
  if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304, headers);
  return c.body(entry.body, 200, { ...headers, 'content-type': 'application/json' });
}
