// The cross-script key of one name word: a consonant skeleton on which an Arabic spelling and
// the French spelling used for it in Morocco meet («الخمليشي» and "Elkhamlichi" → "lxmlycy").
//
// Why a skeleton: Moroccan civil status and usage write Arabic names in French letters with
// conventions no generic romanization follows (ch for ش, ou for و, kh for خ, gh or rh for غ,
// dj or j for ج, q or k for ق, doubled letters for shadda, El/Es/Et… for the article), and
// the vowels, which Arabic leaves unwritten, vary freely (Mohamed, Mohammed, Mouhamad). So both
// sides are reduced to consonant classes and compared by a weighted edit distance
// (`keyDistance.ts`), where the letters that are sometimes written and sometimes not (و ي ه,
// the article's ل) cost little to add or drop.
//
// Why not a library: we looked for one first (npm `transliteration`, `any-ascii`,
// `@sindresorhus/transliterate`, `arabic-transliterate` (IJMES), `arabic-name-to-en`,
// `double-metaphone`, `talisman`'s French phonetics). The transliterators map Arabic one way,
// letter by letter, to a scholarly or English-Gulf spelling (ج → j/g, ش → sh, و → w/o) and know
// nothing of the French side; the phonetic algorithms are built for English or French words and
// would fold "ou", "ch", "gu" differently from the Arabic side. Either way the Moroccan tables
// below would still be ours, so the rule is written here, in one place, with its reasons.
//
// Symbols: b t j g k x(خ) q(غ) c(ش) h d r z s f l m n, the weak w y (long vowels and glides,
// written or not) and e (a ta marbuta: t or nothing). Digits are kept as they are.

/** Symbols whose presence varies between spellings: cheap to add or drop (keyDistance). */
export const WEAK_SYMBOLS = 'wyhe';

// Arabic letters after folding (fold.ts: أ إ آ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي).
// ع and ء are dropped: French spellings write them as a vowel or nothing (Abdelaziz, Laâbi).
const ARABIC: Record<string, string> = {
  ا: '',
  ء: '',
  ع: '',
  ب: 'b',
  پ: 'b',
  ت: 't',
  ط: 't',
  ث: 't',
  ج: 'j',
  ح: 'h',
  خ: 'x',
  د: 'd',
  ذ: 'd',
  ض: 'd',
  ظ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ص: 's',
  ش: 'c',
  غ: 'q',
  ف: 'f',
  ڤ: 'f',
  ق: 'k',
  ك: 'k',
  // The Moroccan g (ڭ, also printed گ): Regragui, Guerrouj.
  ڭ: 'g',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
};

// The article's ل is not pronounced, and not written in French, before these "sun" letters:
// الشرايبي → Chraïbi, التازي → Tazi (or Ettazi, whose doubled t collapses).
const SUN_LETTERS = new Set('تثدذرزسشصضطظلن');

// إله is written without the long i French spellings give it (Abdelilah = عبد الإله).
const ILAH: Record<string, string> = { الاله: 'lylh', اله: 'ylh' };

/**
 * Arabic word (folded) → skeleton. The article ال at the start is kept as `l` only before a moon
 * letter. `ending` is the word's last letter before folding: a ta marbuta (ة) becomes the weak
 * `e`, which French spellings write a (Fatima), t (Najat, Hayat) or nothing; a final alef
 * maqsura (ى) is the vowel a too (Moussa, Yahia, Leila, Houda), not a y.
 */
export function arabicKey(word: string, ending = ''): string {
  const ilah = ILAH[word];
  if (ilah) return ilah;
  let out = '';
  let i = 0;
  if (word.length > 3 && word.startsWith('ال')) {
    i = 2;
    if (!SUN_LETTERS.has(word[2] ?? '')) out = 'l';
  }
  let end = word.length;
  if (ending === 'ة' || ending === 'ى') end--;
  let previous = '';
  for (; i < end; i++) {
    const ch = word[i] as string;
    const symbol = ARABIC[ch] ?? (ch >= '0' && ch <= '9' ? ch : '');
    // Only letters written side by side are one (a shadda spelled out); بناني keeps its two n.
    if (symbol && symbol !== previous) out += symbol;
    previous = symbol;
  }
  if (ending === 'ة' || ending === 'ى') out += 'e';
  return out;
}

const VOWEL = /[aeiouy]/;

/**
 * French-spelled word (already folded: lowercase, no accents) → skeleton. Digraphs first:
 * dj → j, ch/sh → ش, kh → خ, gh/rh → غ, ou/oo → و, th → t, ph → f, ck/qu → k; c before e/i/y is
 * s, otherwise k; g before e/i is j (French reading), gu before a vowel is the hard g; i and y
 * are the weak y, u the weak w; a, e, o are dropped.
 */
export function latinKey(word: string): string {
  let out = '';
  let previous = '';
  // Only letters written side by side are one (Bennani's nn); Allal keeps its two l.
  const emit = (symbol: string) => {
    if (symbol !== previous) out += symbol;
    previous = symbol;
  };
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const ch = word[i] as string;
    const next = word[i + 1] ?? '';
    switch (ch) {
      case 'a':
        // A final a is most often a ta marbuta: Fatima = فاطمة, Nassira = نصيرة.
        if (i === n - 1 && i > 1) emit('e');
        previous = '';
        break;
      case 'e':
        previous = '';
        break;
      case 'o':
        if (next === 'u' || next === 'o') {
          emit('w');
          i++;
        } else previous = '';
        break;
      case 'i':
      case 'y':
        emit('y');
        break;
      case 'u':
        emit('w');
        break;
      case 'c':
        if (next === 'h') {
          emit('c');
          i++;
        } else if (next === 'k') {
          emit('k');
          i++;
        } else emit(next === 'e' || next === 'i' || next === 'y' ? 's' : 'k');
        break;
      case 's':
        if (next === 'h') {
          emit('c');
          i++;
        } else emit('s');
        break;
      case 'k':
        if (next === 'h') {
          emit('x');
          i++;
        } else emit('k');
        break;
      case 'g':
        if (next === 'h') {
          emit('q');
          i++;
        } else if (next === 'u' && VOWEL.test(word[i + 2] ?? '')) {
          emit('g');
          i++;
        } else emit(next === 'e' || next === 'i' ? 'j' : 'g');
        break;
      case 'r':
        if (next === 'h' && VOWEL.test(word[i + 2] ?? '')) {
          emit('q');
          i++;
        } else emit('r');
        break;
      case 'd':
        if (next === 'j') {
          emit('j');
          i++;
        } else {
          emit('d');
          if (next === 'h') i++;
        }
        break;
      case 't':
        emit('t');
        if (next === 'h') i++;
        break;
      case 'p':
        if (next === 'h') {
          emit('f');
          i++;
        } else emit('b');
        break;
      case 'q':
        emit('k');
        if (next === 'u' && VOWEL.test(word[i + 2] ?? '')) i++;
        break;
      case 'v':
        emit('f');
        break;
      case 'x':
        emit('k');
        emit('s');
        break;
      case 'h':
        emit('h');
        break;
      case 'w':
      case 'b':
      case 'f':
      case 'j':
      case 'l':
      case 'm':
      case 'n':
      case 'z':
        emit(ch);
        break;
      default:
        if (ch >= '0' && ch <= '9') emit(ch);
    }
  }
  return out;
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** The key of one folded word, whichever its script (`ending`: see arabicKey). */
export function nameKey(folded: string, ending = ''): string {
  return ARABIC_LETTER.test(folded) ? arabicKey(folded, ending) : latinKey(folded);
}

/** Two keys of words written apart, as one (a letter doubled at the seam is cheap to drop). */
export function joinKeys(a: string, b: string): string {
  return a + b;
}
