// The roster in memory, indexed for the desk: by id, by ticket hash (a scan is one Map lookup)
// and by folded name + organization (search as you type). Built once per load, then patched
// with each refresh's changes rather than rebuilt.
import { foldForSearch } from '../../shared/search/fold';
import type { RosterEntry } from '../store/types';

export interface SearchResult {
  hits: RosterEntry[];
  /** How many people match in all (the list shows the first ones). */
  total: number;
}

export const MIN_QUERY_LENGTH = 2;

export class RosterIndex {
  private readonly byId = new Map<string, RosterEntry>();
  private readonly byHash = new Map<string, string>();
  private readonly folded = new Map<string, string>();

  constructor(entries: Iterable<RosterEntry> = []) {
    this.upsert(entries);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Adds or replaces people; only a changed name or organization is folded again. */
  upsert(entries: Iterable<RosterEntry>): void {
    for (const entry of entries) {
      const old = this.byId.get(entry.id);
      if (old?.ticketHash && old.ticketHash !== entry.ticketHash)
        this.byHash.delete(old.ticketHash);
      this.byId.set(entry.id, entry);
      if (entry.ticketHash) this.byHash.set(entry.ticketHash, entry.id);
      if (!old || old.fullName !== entry.fullName || old.organization !== entry.organization) {
        this.folded.set(entry.id, foldForSearch(`${entry.fullName} ${entry.organization ?? ''}`));
      }
    }
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const old = this.byId.get(id);
      if (old?.ticketHash) this.byHash.delete(old.ticketHash);
      this.byId.delete(id);
      this.folded.delete(id);
    }
  }

  get(id: string): RosterEntry | undefined {
    return this.byId.get(id);
  }

  byTicketHash(hash: string): RosterEntry | undefined {
    const id = this.byHash.get(hash);
    return id === undefined ? undefined : this.byId.get(id);
  }

  all(): IterableIterator<RosterEntry> {
    return this.byId.values();
  }

  /**
   * Everyone whose folded name or organization contains every word of the query. Names that
   * start with the query come first, then names with a word starting with it, then the rest;
   * each group in alphabetical order of the folded text (no localeCompare: too slow per key).
   */
  search(query: string, limit = 20): SearchResult {
    const q = foldForSearch(query);
    if (q.length < MIN_QUERY_LENGTH) return { hits: [], total: 0 };
    const words = q.split(' ');
    const first = ` ${words[0]}`;
    const groups: Array<Array<[string, string]>> = [[], [], []];
    for (const [id, text] of this.folded) {
      if (!words.every((w) => text.includes(w))) continue;
      const rank = text.startsWith(q) ? 0 : ` ${text}`.includes(first) ? 1 : 2;
      groups[rank]?.push([text, id]);
    }
    const total = groups.reduce((n, g) => n + g.length, 0);
    const hits: RosterEntry[] = [];
    for (const group of groups) {
      if (hits.length >= limit) break;
      group.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (const [, id] of group.slice(0, limit - hits.length)) {
        const entry = this.byId.get(id);
        if (entry) hits.push(entry);
      }
    }
    return { hits, total };
  }
}
