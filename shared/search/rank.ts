// The one ranking of people by a typed name, run by the desk (offline, over its roster) and by
// the server (`GET …/registrations?q=`). Every typed word must find a term of the person
// (terms.ts); how well decides the order:
//   tier 0  the folded word is a whole word of the name, or its beginning (as you type);
//   tier 1  it is inside a word (three letters or more);
//   tier 2  only the cross-script keys are close: Ahmed ↔ أحمد, El Khamlichi ↔ الخمليشي,
//           ranked by their edit distance (keyDistance.ts).
// A person ranks by the worst tier among the typed words, then by the sum of the words' costs;
// matches in the organization, or through an alias (Ali for Ben Ali), cost a little more.
// Only the last typed word may match the beginning of a key: it is the one still being typed.
import { distanceBound, keyDistance, prefixDistance, symbolMask } from './keyDistance';
import { joinKeys, latinKey } from './nameKey';
import { NAME, searchWord, termsOf, type SearchWord, type Term } from './terms';

export interface Query {
  words: SearchWord[];
  /** All the typed words as one (Fatima Zahra typed for a registered Fatimazahra). */
  joined: SearchWord | null;
  /** Other keys the last word may still become as one types (El Kh… is خ, not ك). */
  openKeys: string[];
}

// A Latin word ending in these may be half of a digraph: c→ch, k→kh, g→gh, d→dj, s→sh…
const OPEN: Record<string, string> = {
  c: 'h',
  s: 'h',
  k: 'h',
  g: 'h',
  r: 'h',
  t: 'h',
  p: 'h',
  d: 'j',
};

export function parseQuery(typed: string): Query {
  const words = termsOf(typed, NAME, false)
    .filter((t) => !t.alias)
    .map((t) => t.word);
  const last = words[words.length - 1];
  const openKeys: string[] = [];
  const more = last && /^[a-z]+$/.test(last.folded) ? OPEN[last.folded.slice(-1)] : undefined;
  if (last && more) openKeys.push(latinKey(last.folded + more));
  const joined =
    words.length >= 2 && words.length <= 3
      ? searchWord(words.map((w) => w.folded).join(''), words.map((w) => w.key).reduce(joinKeys))
      : null;
  return { words, joined, openKeys };
}

/** Typed key length → the largest distance still taken as the same name. */
export function limitFor(length: number): number {
  if (length < 2) return -1;
  if (length === 2) return 0.4;
  if (length === 3) return 0.7;
  if (length === 4) return 0.9;
  return 1.05 + 0.2 * (length - 5);
}

const PREFIX_COST = 0.15;
const PREFIX_TOLERANCE = 0.6;
/** Per stored symbol left after the typed beginning: whole words first. */
const REST_COST = 0.1;
const ALIAS_COST = 0.2;
const ORGANIZATION_COST = 0.3;
const JOINED_COST = 0.5;
const STILL_TYPING_COST = 1;
// Particles typed alone at the end: the word they belong to is still to come.
const PARTICLE_KEYS = new Set(['el', 'al', 'ben', 'bou', 'ait', 'ould', 'abd', 'abdel', 'ibn']);
/** A word's cost is tier × TIER + distance (distances stay far below TIER). */
const TIER = 10;

/** Cost of a typed word against a stored word, penalties aside: tier × 1–2 + distance. */
function wordCost(
  typed: SearchWord,
  keys: string[],
  prefix: boolean,
  stored: SearchWord,
  strictness = 1,
): number {
  if (stored.folded === typed.folded) return 0;
  if (stored.folded.startsWith(typed.folded)) return 0.5;
  if (typed.folded.length >= 3 && stored.folded.includes(typed.folded)) return TIER;
  let best = Infinity;
  for (const key of keys) {
    const limit = limitFor(key.length) * strictness;
    if (limit < 0) continue;
    const mask = key === typed.key ? typed.mask : symbolMask(key);
    if (distanceBound(key, mask, stored.key, stored.mask, !prefix) > limit) continue;
    let d = keyDistance(key, stored.key, limit);
    if (d > limit) d = Infinity;
    // A beginning must be closer than a whole word: it is matched on fewer letters.
    if (prefix && prefixDistance.value <= limit * PREFIX_TOLERANCE) {
      const p = prefixDistance.value + PREFIX_COST + REST_COST * prefixDistance.rest;
      if (p < d) d = p;
    }
    if (d < best) best = d;
  }
  return 2 * TIER + best;
}

export interface TermMatch {
  /** The worst typed word's: 0 folded word or its start, 1 inside a word, 2 cross-script. */
  tier: number;
  /** Sum of the typed words' distances within their tiers. */
  cost: number;
  /** The stored terms that matched (for highlighting). */
  terms: Term[];
}

const tierOf = (cost: number) => Math.floor(cost / TIER);

/**
 * Each stored word's cost for one typed word, for the length of one search, in arrays indexed by
 * the word's id (a Map lookup per term of 5,000 people was most of a keystroke). The buffers are
 * reused from search to search; a stamp tells this search's entries from older ones, and the word
 * itself is checked because ids restart with the word pool (terms.ts).
 */
class CostMemo {
  private stamps = new Uint32Array(1024);
  private costs = new Float64Array(1024);
  private words: Array<SearchWord | undefined> = [];
  private stamp = 0;
  /** What the costs are of: the typed word, its keys and whether it is the last. */
  signature = '';
  /** The matcher using it now; an older matcher then computes without it. */
  owner: object | null = null;

  reset(): void {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  get(word: SearchWord): number | undefined {
    const id = word.id;
    return this.stamps[id] === this.stamp && this.words[id] === word ? this.costs[id] : undefined;
  }

  set(word: SearchWord, cost: number): void {
    const id = word.id;
    if (id >= this.stamps.length) {
      const size = Math.max(id + 1, this.stamps.length * 2);
      const stamps = new Uint32Array(size);
      stamps.set(this.stamps);
      const costs = new Float64Array(size);
      costs.set(this.costs);
      this.stamps = stamps;
      this.costs = costs;
    }
    this.stamps[id] = this.stamp;
    this.costs[id] = cost;
    this.words[id] = word;
  }
}

const memoSlots: CostMemo[] = [];
/**
 * The memo of the i-th typed word. As one types, only the last word changes: the words before it
 * keep the costs the previous keystroke computed.
 */
function memoSlot(i: number, signature: string, owner: object): CostMemo {
  let memo = memoSlots[i];
  if (!memo) memoSlots[i] = memo = new CostMemo();
  if (memo.signature !== signature) {
    memo.reset();
    memo.signature = signature;
  }
  memo.owner = owner;
  return memo;
}

/** A matcher for one query; remembers each stored word's cost for the length of one search. */
export function matcher(query: Query): (terms: Term[]) => TermMatch | null {
  const n = query.words.length;
  // Slot n is the joined words'. A matcher made later takes the slots over (the earlier one then
  // computes without them).
  const token = {};
  const keys = query.words.map((w, i) => (i === n - 1 ? [w.key, ...query.openKeys] : [w.key]));
  const joinedKeys = query.joined ? [query.joined.key] : [];
  const signature = (word: SearchWord | null, k: string[], last: boolean) =>
    `${word?.folded ?? ''}/${k.join(',')}/${last ? 'last' : ''}`;
  const memos = query.words.map((w, i) =>
    memoSlot(i, signature(w, keys[i] as string[], i === n - 1), token),
  );
  const joinedMemo = memoSlot(n, `joined:${signature(query.joined, joinedKeys, false)}`, token);

  function cost(i: number, stored: SearchWord): number {
    const memo = memos[i] as CostMemo;
    let c = memo.owner === token ? memo.get(stored) : undefined;
    if (c === undefined) {
      c = wordCost(query.words[i] as SearchWord, keys[i] as string[], i === n - 1, stored);
      if (memo.owner === token) memo.set(stored, c);
    }
    return c;
  }

  function joinedCost(stored: SearchWord): number {
    let c = joinedMemo.owner === token ? joinedMemo.get(stored) : undefined;
    if (c === undefined) {
      // Joined words lose the check that each one matches: half the tolerance.
      c = wordCost(query.joined as SearchWord, joinedKeys, false, stored, 0.5);
      if (joinedMemo.owner === token) joinedMemo.set(stored, c);
    }
    return c;
  }

  const scratch: Term[] = [];
  const lastWord = query.words[n - 1];
  const stillTyping = !!lastWord && (lastWord.key.length < 2 || PARTICLE_KEYS.has(lastWord.folded));

  return (terms) => {
    if (n === 0) return null;
    let total = 0;
    let tier = 0;
    // Reused from person to person (most do not match): copied only for a match.
    const matched = scratch;
    matched.length = 0;
    for (let i = 0; i < n && total !== Infinity; i++) {
      let best = Infinity;
      let bestTerm: Term | null = null;
      for (const term of terms) {
        let c = cost(i, term.word);
        if (c === Infinity) continue;
        if (term.alias) c += ALIAS_COST;
        if (term.field !== NAME) c += ORGANIZATION_COST;
        if (c < best) {
          best = c;
          bestTerm = term;
        }
      }
      if (!bestTerm) {
        // The last word, too short yet to tell anything (El, B…), does not hide what the
        // words before it found: results stay on screen while it is typed.
        if (i === n - 1 && i > 0 && stillTyping) total += STILL_TYPING_COST;
        else total = Infinity;
      } else {
        const t = tierOf(best);
        total += best - t * TIER;
        if (t > tier) tier = t;
        matched.push(bestTerm);
      }
    }
    // Typed apart, stored joined (one word of the name, not one of its pairs).
    if (total === Infinity && query.joined) {
      for (const term of terms) {
        if (term.alias || term.field !== NAME) continue;
        const c = joinedCost(term.word);
        if (c === Infinity) continue;
        const t = tierOf(c);
        const d = c - t * TIER + JOINED_COST;
        if (total === Infinity || t < tier || (t === tier && d < total)) {
          total = d;
          tier = t;
          matched.length = 0;
          matched.push(term);
        }
      }
    }
    return total === Infinity ? null : { tier, cost: total, terms: matched.slice() };
  };
}

/** How many people `GET …/registrations?q=` answers at most, best first. */
export const SEARCH_RESULTS_MAX = 100;

/** Orders matches: better tier first, then lower cost. */
export function compareMatches(a: TermMatch, b: TermMatch): number {
  return a.tier - b.tier || a.cost - b.cost;
}

export interface Ranked<T> {
  item: T;
  match: TermMatch;
}

/** The items matching `typed`, best first; ties by `tie`, else in the items' order. */
export function rankBy<T>(
  typed: string,
  items: Iterable<T>,
  termsOf: (item: T) => Term[],
  tie: (a: T, b: T) => number = () => 0,
): Ranked<T>[] {
  const match = matcher(parseQuery(typed));
  const out: Ranked<T>[] = [];
  for (const item of items) {
    const m = match(termsOf(item));
    if (m) out.push({ item, match: m });
  }
  return out.sort((a, b) => compareMatches(a.match, b.match) || tie(a.item, b.item));
}
