// The roster in memory, indexed for the desk: by id, by ticket and code hash (a scan or a typed
// code is one Map lookup) and by the search terms of name + organization (search as you type,
// across scripts, with the rule the server uses: shared/search). Built once per load, then
// patched with each refresh's changes rather than rebuilt.
import { highlightOf, type Highlight } from '../../shared/search/highlight';
import { rankBy } from '../../shared/search/rank';
import { personTerms, type Term } from '../../shared/search/terms';
import type { RosterEntry } from '../store/types';

/** Where a result matched, as [start, end) ranges of the text shown; the desk says when only
 * another spelling matched (Ahmed for أحمد). */
export interface SearchHit extends Highlight {
  person: RosterEntry;
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many people match in all (the list shows the first ones). */
  total: number;
}

export const MIN_QUERY_LENGTH = 2;

/** The User Timing entry left by deriving the search terms of a loaded or downloaded roster. */
export const INDEX_MEASURE = 'liqa:desk:index';

// Searches nobody sees, run when the desk is idle after a roster arrives: the first real
// keystrokes then find the ranking compiled by the JavaScript engine and its buffers grown (the
// first search of a page took up to 200 ms of a 5,000-person roster, the next ones 5–10). Latin
// and Arabic, one and two words, particles: each path of shared/search/rank.ts.
const WARM_UP = [
  'mo',
  'moha',
  'el kh',
  'ben ali',
  'fatima zahra',
  'مح',
  'محمد',
  'عبد ال',
  'فاطمة الز',
];

/** Runs `task` when the page is idle (or soon, where the browser cannot say). */
type Idle = (task: () => void) => void;
const whenIdle: Idle = (task) =>
  typeof requestIdleCallback === 'function'
    ? void requestIdleCallback(task, { timeout: 2000 })
    : void setTimeout(task, 50);

export class RosterIndex {
  private readonly byId = new Map<string, RosterEntry>();
  private readonly byHash = new Map<string, string>();
  private readonly terms = new Map<string, Term[]>();
  private readonly byCode = new Map<string, string>();
  /** Bumped when people are added, changed or removed: a search is stale once it moved. */
  version = 0;

  constructor(entries: Iterable<RosterEntry> = []) {
    this.upsert(entries);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Adds or replaces people; only a changed name or organization gets its terms again. */
  upsert(entries: Iterable<RosterEntry>): void {
    this.version++;
    for (const entry of entries) {
      const old = this.byId.get(entry.id);
      if (old?.ticketHash && old.ticketHash !== entry.ticketHash)
        this.byHash.delete(old.ticketHash);
      if (old?.codeHash && old.codeHash !== entry.codeHash) this.byCode.delete(old.codeHash);
      this.byId.set(entry.id, entry);
      if (entry.ticketHash) this.byHash.set(entry.ticketHash, entry.id);
      if (entry.codeHash) this.byCode.set(entry.codeHash, entry.id);
      if (!old || old.fullName !== entry.fullName || old.organization !== entry.organization) {
        this.terms.set(entry.id, personTerms(entry.fullName, entry.organization));
      }
    }
  }

  remove(ids: Iterable<string>): void {
    this.version++;
    for (const id of ids) {
      const old = this.byId.get(id);
      if (old?.ticketHash) this.byHash.delete(old.ticketHash);
      if (old?.codeHash) this.byCode.delete(old.codeHash);
      this.byId.delete(id);
      this.terms.delete(id);
    }
  }

  /**
   * Searches ahead, one query per idle moment so a keystroke is never queued behind them all.
   * Nothing is kept but what the engine learns.
   */
  warmUp(idle: Idle = whenIdle): void {
    const next = (i: number) => {
      if (i >= WARM_UP.length || this.size === 0) return;
      this.search(WARM_UP[i] as string);
      idle(() => next(i + 1));
    };
    idle(() => next(0));
  }

  get(id: string): RosterEntry | undefined {
    return this.byId.get(id);
  }

  byTicketHash(hash: string): RosterEntry | undefined {
    const id = this.byHash.get(hash);
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** The person whose typed ticket code has this hash (see shared/tickets/ticketCode). */
  byCodeHash(hash: string): RosterEntry | undefined {
    const id = this.byCode.get(hash);
    return id === undefined ? undefined : this.byId.get(id);
  }

  all(): IterableIterator<RosterEntry> {
    return this.byId.values();
  }

  /**
   * Everyone matching the query (shared/search/rank.ts: whole words and beginnings first, then
   * other spellings by distance), with where each matched; ties in name order.
   */
  search(query: string, limit = 20): SearchResult {
    if (query.trim().length < MIN_QUERY_LENGTH) return { hits: [], total: 0 };
    const byName = (id: string) => this.byId.get(id)?.fullName ?? '';
    const ranked = rankBy(
      query,
      this.terms,
      ([, terms]) => terms,
      (a, b) => (byName(a[0]) < byName(b[0]) ? -1 : 1),
    );
    const hits: SearchHit[] = [];
    for (const { item, match } of ranked.slice(0, limit)) {
      const person = this.byId.get(item[0]);
      if (!person) continue;
      hits.push({ person, ...highlightOf(match) });
    }
    return { hits, total: ranked.length };
  }
}
