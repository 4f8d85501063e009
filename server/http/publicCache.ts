// The answers every phone asks for when a window opens (a meeting, the list of meetings),
// serialised once and served from memory with an ETag; 304 to If-None-Match. An answer is
// served again only while the database still holds what it was made from: after a write of
// this process its stamp (the meeting's version and seats) is read again; otherwise SQLite says
// whether another connection committed since, and on PostgreSQL the stamp is read again at most
// every OTHER_INSTANCE_WRITES_SEEN_WITHIN_MS (another instance's write shows within that, this
// instance's own at once). It is made again at a window edge too (the state it shows changes
// there without any write).
import { createHash } from 'node:crypto';
import { meetingChangeGeneration } from '../db/meetingChanges';
import type { Deps } from '../deps';
import { API_SECURITY_HEADERS } from './securityHeaders';

const MAX_ENTRIES = 500;

/**
 * PostgreSQL only: how long an answer whose stamp was read is served without reading it again,
 * when this process wrote nothing since. Other instances' writes (an edit, a seat) show within
 * it; a round trip per request would halve what one instance serves when a window opens.
 */
export const OTHER_INSTANCE_WRITES_SEEN_WITHIN_MS = 250;

export interface PublicAnswer {
  value: unknown;
  /** Instants at which the answer changes by itself (registration windows' opening and closing). */
  edges: Array<string | Date>;
  /** What the answer was made from, as `stamp()` reads it: equal stamps, equal answers. */
  stamp: string;
}

export interface PublicSource {
  make(): Promise<PublicAnswer>;
  /** One cheap read of the stamp (the meeting's version and seats), never the whole answer. */
  stamp(): Promise<string>;
}

export interface PublicEntry {
  body: string;
  /** The body as UTF-8, encoded once (not on every answer), with its length in okInit. */
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  stamp: string;
  /** This process's meeting writes and SQLite's data_version when the stamp was last read. */
  generation: number;
  dataVersion: number | null;
  /** performance.now() before the stamp was last read (PostgreSQL's short trust). */
  checkedAt: number;
  /** deps.now() instant (ms) of the next window edge: the answer's state changes there. */
  validUntil: number;
  /** Ready-made headers (a plain object, so the Node adapter writes them as they are). */
  okInit: ResponseInit;
  notModifiedInit: ResponseInit;
}

interface Cache {
  entries: Map<string, PublicEntry>;
  probes: Map<string, StampProbe>;
}

const caches = new WeakMap<Deps, Cache>();

function cacheOf(deps: Deps): Cache {
  let cache = caches.get(deps);
  if (!cache) caches.set(deps, (cache = { entries: new Map(), probes: new Map() }));
  return cache;
}

/**
 * Reads of one stamp, shared: a caller joins the next read to start, never one already under
 * way (it may have read the row before the caller's request arrived, and miss a change made
 * just before). So at most two reads per key are out at once however many phones ask.
 */
class StampProbe {
  private running: Promise<string> | null = null;
  private next: Promise<string> | null = null;

  constructor(private readonly read: () => Promise<string>) {}

  stamp(): Promise<string> {
    if (!this.running) return this.start();
    this.next ??= this.running.then(
      () => this.start(),
      () => this.start(),
    );
    return this.next;
  }

  private start(): Promise<string> {
    this.next = null;
    const running = this.read().finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }
}

function nextEdge(edges: Array<string | Date>, now: number): number {
  let next = Infinity;
  for (const edge of edges) {
    const t = new Date(edge).getTime();
    if (t > now && t < next) next = t;
  }
  return next;
}

function entryOf(
  answer: PublicAnswer,
  now: number,
  generation: number,
  dataVersion: number | null,
  checkedAt: number,
) {
  const body = JSON.stringify(answer.value);
  const bytes = new TextEncoder().encode(body);
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
  // Phones may keep it but must ask again each time (a 304 costs a few bytes).
  const headers = { ...API_SECURITY_HEADERS, etag, 'cache-control': 'no-cache' };
  return {
    body,
    bytes,
    etag,
    stamp: answer.stamp,
    generation,
    dataVersion,
    checkedAt,
    validUntil: nextEdge(answer.edges, now),
    okInit: {
      status: 200,
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': String(bytes.byteLength),
      },
    },
    notModifiedInit: { status: 304, headers },
  } satisfies PublicEntry;
}

/** The answer for `key`, from memory when the database still holds what it was made from. */
export async function publicAnswer(
  deps: Deps,
  key: string,
  source: PublicSource,
): Promise<PublicEntry> {
  const cache = cacheOf(deps);
  const now = deps.now().getTime();
  // Read before the database, so a write landing during the read is seen by the next request.
  const generation = meetingChangeGeneration();
  const dataVersion = deps.db.dataVersion?.() ?? null;
  const asked = performance.now();
  const entry = cache.entries.get(key);
  if (entry && now < entry.validUntil) {
    if (entry.generation === generation) {
      if (dataVersion !== null && entry.dataVersion === dataVersion) return entry;
      if (dataVersion === null && asked - entry.checkedAt < OTHER_INSTANCE_WRITES_SEEN_WITHIN_MS)
        return entry;
    }
    let probe = cache.probes.get(key);
    if (!probe) {
      if (cache.probes.size >= MAX_ENTRIES) cache.probes.clear();
      cache.probes.set(key, (probe = new StampProbe(source.stamp)));
    }
    // The read joined starts after `asked`: trusting it from `asked` on errs on the safe side.
    if ((await probe.stamp()) === entry.stamp) {
      entry.generation = generation;
      entry.dataVersion = dataVersion;
      entry.checkedAt = Math.max(entry.checkedAt, asked);
      return entry;
    }
  }
  const made = entryOf(await source.make(), now, generation, dataVersion, asked);
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear();
  cache.entries.set(key, made);
  return made;
}

/** 200 with the body, or 304 when the phone already holds this version. */
export function publicResponse(entry: PublicEntry, ifNoneMatch: string | undefined): Response {
  if (ifNoneMatch === entry.etag) return new Response(null, entry.notModifiedInit);
  return new Response(entry.bytes, entry.okInit);
}
