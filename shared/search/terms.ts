// A name (or organization) cut into search terms: each word folded (fold.ts) and given its
// cross-script key (nameKey.ts), with the particles of Moroccan names joined to the word they
// belong to, so that spaces inside compounds do not matter: عبد الله = عبدالله = Abdellah,
// بن علي = بنعلي = Ben Ali = Benali, El Alaoui = Elalaoui, Aït Taleb = آيت الطالب, Ould Errachid.
import { foldForSearch } from './fold';
import { symbolMask } from './keyDistance';
import { arabicKey, joinKeys, nameKey } from './nameKey';

/** Which text a term comes from: 0 the name, 1 the organization. */
export type Field = 0 | 1;
export const NAME: Field = 0;
export const ORGANIZATION: Field = 1;

/** A folded word (or joined words) with its key; one object per distinct word, shared. */
export interface SearchWord {
  folded: string;
  key: string;
  /** Which symbols the key holds (keyDistance's quick lower bound). */
  mask: number;
  /** A small number of its own: the ranking remembers costs in arrays indexed by it. */
  id: number;
}

/** One occurrence of a word in a person's name or organization. */
export interface Term {
  word: SearchWord;
  field: Field;
  /**
   * A second way to read the same words, ranked a little lower: the head of a compound alone
   * (Ali in Ben Ali) or two neighbouring words joined (Fatima Zahra as Fatimazahra).
   */
  alias: boolean;
  /** Where the term lies in the text it came from (for highlighting); 0, 0 when unknown. */
  start: number;
  end: number;
}

// Every distinct word once: rosters repeat first names and organizations endlessly, and the
// ranking remembers a word's distance by the object.
const pool = new Map<string, SearchWord>();
// A folded word nearly always has one key: the pool is looked up by the folded word alone, and
// by folded/key only when the same letters were given another key (a final ة read apart). No
// string is built for the common case: a roster of 5,000 looks words up tens of thousands of
// times.
const others = new Map<string, SearchWord>();
// Ids restart with the pool, so they stay about as many as the words in use; a word made before
// a restart keeps its id and may share it with a new one, which only costs a memo miss
// (rank.ts checks the word itself).
let nextId = 0;

export function searchWord(folded: string, key: string): SearchWord {
  const first = pool.get(folded);
  if (first?.key === key) return first;
  const text = first ? `${folded}/${key}` : '';
  const other = first ? others.get(text) : undefined;
  if (other) return other;
  if (pool.size + others.size > 200_000) {
    pool.clear();
    others.clear();
    nextId = 0;
  }
  const word = { folded, key, mask: symbolMask(key), id: nextId++ };
  if (first && pool.has(folded)) others.set(text, word);
  else pool.set(folded, word);
  return word;
}

// Particles written apart or joined depending on who typed the name, folded. The article
// El/Al and its assimilated forms (Es-, Et-, Ed-, Er-, En-, Ez-, Ech-) are particles too.
const PARTICLES = new Set([
  'el',
  'al',
  'ech',
  'es',
  'et',
  'ed',
  'er',
  'en',
  'ez',
  'ben',
  'bn',
  'ibn',
  'bel',
  'bou',
  'bu',
  'abou',
  'abu',
  'ait',
  'ou',
  'ould',
  'abd',
  'abdel',
  'abdal',
  'abdul',
  'ال',
  'بن',
  'ابن',
  'بو',
  'ابو',
  'ايت',
  'او',
  'ولد',
  'عبد',
  'بنعبد',
  'ماء',
  'benabd',
  'benabdel',
]);

// Second halves of compound given names, joined to the word before them: Nour Eddine =
// Noureddine = نور الدين, Hamd Allah = حمد الله, Attiat-Allah = عطية الله.
const SUFFIXES = new Set([
  'eddine',
  'eddin',
  'dine',
  'allah',
  'ellah',
  'illah',
  'llah',
  'الدين',
  'الله',
]);

// Arabic words often written joined whose second half starts with the article: the article's
// assimilation must be read on the second half (عبدالرحيم → Abderrahim, نورالدين → Noureddine).
const ARABIC_HEAD = /^(عبد)(.{2,})$/;
const ARABIC_TAIL = /^(.{2,})(الدين|الله)$/;

function arabicCompoundKey(word: string, ending: string): string {
  const head = ARABIC_HEAD.exec(word);
  if (head)
    return joinKeys(arabicKey(head[1] as string), arabicCompoundKey(head[2] as string, ending));
  const tail = ARABIC_TAIL.exec(word);
  if (tail) return joinKeys(arabicKey(tail[1] as string), arabicKey(tail[2] as string));
  return arabicKey(word, ending);
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;

function wordKey(folded: string, ending: string): string {
  return ARABIC_LETTER.test(folded) ? arabicCompoundKey(folded, ending) : nameKey(folded);
}

// The last letter before folding, marks and tatweel aside (ة and ى fold away; see arabicKey).
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+$/;
const endingOf = (raw: string) => raw.replace(MARKS, '').slice(-1);

interface Found {
  word: SearchWord;
  start: number;
  end: number;
}

// Letters, digits and combining marks make words; anything else separates them. The common
// ranges are tested by code (a regular expression per character is too slow for 5,000 names).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0x621 && c <= 0x64a) return true;
  if (c >= 0x600 && c <= 0x6ff) return WORD_CHAR.test(text[i] as string);
  return WORD_CHAR.test(text[i] as string);
}

const rawCache = new Map<string, SearchWord | null>();

function wordOf(raw: string): SearchWord | null {
  let word = rawCache.get(raw);
  if (word === undefined) {
    const folded = foldForSearch(raw).replace(/ /g, '');
    word = folded ? searchWord(folded, wordKey(folded, endingOf(raw))) : null;
    if (rawCache.size > 100_000) rawCache.clear();
    rawCache.set(raw, word);
  }
  return word;
}

function words(text: string): Found[] {
  const out: Found[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && !isWordChar(text, i)) i++;
    const start = i;
    while (i < n && isWordChar(text, i)) i++;
    if (i > start) {
      const word = wordOf(text.slice(start, i));
      if (word) out.push({ word, start, end: i });
    }
  }
  return out;
}

/**
 * The terms of one text. Particles join the next word (several may chain: Abd El Hak); the
 * head of a joined compound is kept as an alias. With `pairs`, two neighbouring words are also
 * offered joined (names only: Fatima Zahra ↔ Fatimazahra, نور الدين ↔ Nourdine).
 */
export function termsOf(text: string, field: Field, pairs: boolean): Term[] {
  const found = words(text);
  const main: Term[] = [];
  const aliases: Term[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i] as Found;
    let word = first.word;
    let end = first.end;
    let j = i;
    while (
      j + 1 < found.length &&
      (PARTICLES.has((found[j] as Found).word.folded) ||
        SUFFIXES.has((found[j + 1] as Found).word.folded))
    ) {
      const next = found[j + 1] as Found;
      word = searchWord(word.folded + next.word.folded, joinKeys(word.key, next.word.key));
      end = next.end;
      j++;
    }
    main.push({ word, field, alias: false, start: first.start, end });
    if (j > i && PARTICLES.has(first.word.folded)) {
      const head = found[j] as Found;
      aliases.push({ word: head.word, field, alias: true, start: head.start, end: head.end });
    }
    i = j;
  }
  if (pairs) {
    for (let i = 0; i + 1 < main.length; i++) {
      const a = main[i] as Term;
      const b = main[i + 1] as Term;
      aliases.push({
        word: searchWord(a.word.folded + b.word.folded, joinKeys(a.word.key, b.word.key)),
        field,
        alias: true,
        start: a.start,
        end: b.end,
      });
    }
  }
  for (const alias of aliases) main.push(alias);
  return main;
}

/** What a person is searched by: the name's terms, then the organization's. */
export function personTerms(fullName: string, organization: string | null | undefined): Term[] {
  const terms = termsOf(fullName, NAME, true);
  if (organization) for (const term of termsOf(organization, ORGANIZATION, false)) terms.push(term);
  return terms;
}

// Stored form (the server's `search_keys` column): one term per space-separated item, a code
// letter (n name, a name alias, o organization, p organization alias) then folded/key. The
// version lets a changed rule be noticed: older rows are then read from the name itself.
const VERSION = 'k1';
const CODES = ['n', 'a', 'o', 'p'];

export function serializeTerms(terms: Term[]): string {
  return (
    VERSION +
    ' ' +
    terms
      .map((t) => `${CODES[t.field * 2 + (t.alias ? 1 : 0)]}${t.word.folded}/${t.word.key}`)
      .join(' ')
  );
}

/** The stored terms, or null if they were written by another version of the rule. */
export function parseTerms(stored: string): Term[] | null {
  if (!stored.startsWith(VERSION + ' ')) return null;
  const out: Term[] = [];
  for (const item of stored.slice(VERSION.length + 1).split(' ')) {
    const code = CODES.indexOf(item[0] ?? '');
    const slash = item.indexOf('/');
    if (code < 0 || slash < 0) continue;
    out.push({
      word: searchWord(item.slice(1, slash), item.slice(slash + 1)),
      field: (code >> 1) as Field,
      alias: (code & 1) === 1,
      start: 0,
      end: 0,
    });
  }
  return out;
}
