// Measures the cross-script search on real Moroccan names (moroccanNames.ts): a roster of 1,000
// people written in one script — every person of the set plus look-alikes made by mixing their
// given and family names — searched with each person's spelling in the other script.
// Used by the unit test (thresholds) and by `npm run bench` (figures).
import { foldForSearch } from '../../shared/search/fold';
import { rankBy } from '../../shared/search/rank';
import { personTerms, type Term } from '../../shared/search/terms';
import { MOROCCAN_NAMES, type NamePair } from './moroccanNames';

export interface DirectionFigures {
  queries: number;
  /** Share of queries whose person is among the first five results. */
  recallAt5: number;
  /** Share of queries whose person is the first result. */
  top1: number;
  misses: string[];
}

export interface NameFigures {
  rosterSize: number;
  latinToArabic: DirectionFigures;
  arabicToLatin: DirectionFigures;
  /** Share of people absent from the roster for whom someone else is ranked first. */
  falseFirst: number;
  absentQueries: number;
  falseFirstExamples: string[];
}

type Script = 'ar' | 'fr';
const parts = (pair: NamePair, script: Script) => pair[script].split(' | ') as [string, string];
const whole = (pair: NamePair, script: Script) => parts(pair, script).join(' ');

// A small seeded generator: the same look-alikes on every run.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The people's names in `script`, then look-alikes up to `size` (never one of `avoid`). */
function roster(people: NamePair[], script: Script, size: number, avoid: Set<string>): string[] {
  const names = people.map((p) => whole(p, script));
  // A look-alike spelled like someone of the set is that person's name: not a look-alike.
  const same = (name: string) => foldForSearch(name).replace(/ /g, '');
  const taken = new Set([...names, ...avoid].map(same));
  const given = people.map((p) => parts(p, script)[0]);
  const family = people.map((p) => parts(p, script)[1]);
  const next = random(15);
  let guard = 0;
  while (names.length < size && guard++ < size * 50) {
    const g = given[Math.floor(next() * given.length)] as string;
    const f = family[Math.floor(next() * family.length)] as string;
    const name = `${g} ${f}`;
    if (taken.has(same(name))) continue;
    taken.add(same(name));
    names.push(name);
  }
  return names;
}

interface Indexed {
  name: string;
  terms: Term[];
}

const index = (names: string[]): Indexed[] =>
  names.map((name) => ({ name, terms: personTerms(name, null) }));

function direction(people: NamePair[], from: Script, to: Script, size: number): DirectionFigures {
  const docs = index(roster(people, to, size, new Set()));
  let found5 = 0;
  let found1 = 0;
  const misses: string[] = [];
  for (const person of people) {
    const expected = whole(person, to);
    const ranked = rankBy(whole(person, from), docs, (d) => d.terms).slice(0, 5);
    const at = ranked.findIndex((r) => r.item.name === expected);
    if (at >= 0) found5++;
    if (at === 0) found1++;
    else
      misses.push(
        `${whole(person, from)} → ${expected}: ${at < 0 ? 'not in first 5' : `#${at + 1}`} (first: ${ranked[0]?.item.name ?? 'none'})`,
      );
  }
  const n = people.length;
  return { queries: n, recallAt5: found5 / n, top1: found1 / n, misses };
}

/** People of every other entry are left off the roster and searched for. */
function precision(people: NamePair[], size: number) {
  const present = people.filter((_, i) => i % 2 === 0);
  const absent = people.filter((_, i) => i % 2 === 1);
  let falseFirst = 0;
  let queries = 0;
  const examples: string[] = [];
  for (const [from, to] of [
    ['fr', 'ar'],
    ['ar', 'fr'],
  ] as const) {
    const avoid = new Set(absent.map((p) => whole(p, to)));
    const docs = index(roster(present, to, size, avoid));
    for (const person of absent) {
      queries++;
      const first = rankBy(whole(person, from), docs, (d) => d.terms)[0];
      if (first) {
        falseFirst++;
        if (examples.length < 10) examples.push(`${whole(person, from)} → ${first.item.name}`);
      }
    }
  }
  return { falseFirst: falseFirst / queries, absentQueries: queries, examples };
}

export function measureNames(size = 1000, people: NamePair[] = MOROCCAN_NAMES): NameFigures {
  const p = precision(people, size);
  return {
    rosterSize: size,
    latinToArabic: direction(people, 'fr', 'ar', size),
    arabicToLatin: direction(people, 'ar', 'fr', size),
    falseFirst: p.falseFirst,
    absentQueries: p.absentQueries,
    falseFirstExamples: p.examples,
  };
}
