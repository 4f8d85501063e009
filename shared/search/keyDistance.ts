// How far apart two name keys are (nameKey.ts): an edit distance whose costs follow how Moroccan
// names drift between scripts. Dropping or adding a weak letter (و ي ه, written in one spelling
// and not the other: Mounir / منير, Hind / هند) costs little, and so does the article's ل at the
// start of a word (Khamlichi / الخمليشي); letters French spellings confuse cost less than others
// (g for ج, ك or ق; s for ز; kh for ك; r for غ).

const WEAK_COST: Record<string, number> = { w: 0.35, y: 0.35, h: 0.5, e: 0.1 };
const LEADING_L_COST = 0.3;

const NEAR: Record<string, number> = {
  gj: 0.3,
  gk: 0.3,
  gq: 0.5,
  kx: 0.6,
  hx: 0.6,
  qr: 0.6,
  sz: 0.5,
  cs: 0.6,
  dt: 0.7,
  wy: 0.5,
  jz: 0.7,
  // A ta marbuta is read t in some names (Najat, Hayat) and not at all in others (Fatima).
  et: 0,
  eh: 0.1,
};

// Costs by character code (keys are ASCII), built once: this runs thousands of times a keystroke.
const SUB = new Float64Array(128 * 128).fill(1);
const INDEL = new Float64Array(128).fill(1);
for (let a = 0; a < 128; a++) SUB[a * 128 + a] = 0;
for (const [pair, cost] of Object.entries(NEAR)) {
  const a = pair.charCodeAt(0);
  const b = pair.charCodeAt(1);
  SUB[a * 128 + b] = cost;
  SUB[b * 128 + a] = cost;
}
for (const [symbol, cost] of Object.entries(WEAK_COST)) INDEL[symbol.charCodeAt(0)] = cost;
const L = 'l'.charCodeAt(0);

/** A letter written twice in one spelling and once in the other (Allal / Alal, Ben Nani). */
const DOUBLED_COST = 0.3;

function indel(key: string, position: number): number {
  const code = key.charCodeAt(position) & 127;
  if (position === 0) return code === L ? LEADING_L_COST : (INDEL[code] as number);
  const cost = INDEL[code] as number;
  return key.charCodeAt(position - 1) === code && cost > DOUBLED_COST ? DOUBLED_COST : cost;
}

const bit = (code: number) => 1 << ((code - 97) & 31);

/** The set of a key's symbols as bits (digits share bits: the bound stays a lower bound). */
export function symbolMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) mask |= bit(key.charCodeAt(i));
  return mask;
}

// The least a symbol can cost when the other key lacks it: its cheapest substitution or
// deletion. Only the first of a run counts (the others may be a doubled letter's cheap drop).
const LEAST = new Float64Array(128);
for (let a = 0; a < 128; a++) {
  let least = INDEL[a] as number;
  for (let b = 0; b < 128; b++) if (b !== a) least = Math.min(least, SUB[a * 128 + b] as number);
  LEAST[a] = least;
}

/**
 * A lower bound of keyDistance from the symbols one key has and the other lacks, cheap enough to
 * skip most words of a roster before the dynamic programming. `both`: count the stored key's
 * missing symbols too (not when matching a beginning of it).
 */
export function distanceBound(
  typed: string,
  typedMask: number,
  stored: string,
  storedMask: number,
  both: boolean,
): number {
  let bound = 0;
  if (typedMask & ~storedMask) bound += missing(typed, storedMask);
  if (both && storedMask & ~typedMask) bound += missing(stored, typedMask);
  return bound;
}

function missing(key: string, otherMask: number): number {
  let sum = 0;
  let before = -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c !== before && !(otherMask & bit(c)))
      sum += i === 0 && c === L ? LEADING_L_COST : (LEAST[c & 127] as number);
    before = c;
  }
  return sum;
}

let previous = new Float64Array(64);
let current = new Float64Array(64);

/**
 * Set by `keyDistance`: the distance to the best beginning of the stored key (as you type),
 * and how many stored symbols that beginning leaves out.
 */
export const prefixDistance = { value: Infinity, rest: 0 };

/**
 * Weighted Levenshtein distance between the keys `typed` and `stored` (Infinity as soon as every
 * path costs more than `limit`); `prefixDistance` gets the distance to the best prefix of `stored`.
 */
export function keyDistance(typed: string, stored: string, limit: number): number {
  const m = typed.length;
  const n = stored.length;
  prefixDistance.value = Infinity;
  if (n + 2 > previous.length) {
    previous = new Float64Array(n + 2);
    current = new Float64Array(n + 2);
  }
  let prev = previous;
  let cur = current;
  prev[0] = 0;
  for (let j = 1; j <= n; j++) prev[j] = (prev[j - 1] as number) + indel(stored, j - 1);
  for (let i = 1; i <= m; i++) {
    const a = typed.charCodeAt(i - 1) & 127;
    const dropA = indel(typed, i - 1);
    const row = a * 128;
    let left = (prev[0] as number) + dropA;
    cur[0] = left;
    let rowMin = left;
    for (let j = 1; j <= n; j++) {
      const b = stored.charCodeAt(j - 1) & 127;
      let value = (prev[j - 1] as number) + (SUB[row + b] as number);
      const up = (prev[j] as number) + dropA;
      if (up < value) value = up;
      const side = left + indel(stored, j - 1);
      if (side < value) value = side;
      cur[j] = value;
      left = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return Infinity;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  // A beginning at least half as long as what was typed.
  let best = Infinity;
  let at = n;
  for (let j = Math.ceil(m / 2); j <= n; j++)
    if ((prev[j] as number) < best) {
      best = prev[j] as number;
      at = j;
    }
  prefixDistance.value = best;
  prefixDistance.rest = n - at;
  return prev[n] as number;
}
