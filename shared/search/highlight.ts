// Why a result matched, as a screen shows it: the [start, end) ranges of the name and of the
// organization that the typed words found, and whether only another spelling found them (typed
// Ahmed, registered أحمد), which the desk and the organizer's list both say.
import type { TermMatch } from './rank';
import { NAME, ORGANIZATION, type Field, type Term } from './terms';

export type Ranges = Array<[number, number]>;

export interface Highlight {
  name: Ranges;
  organization: Ranges;
  otherSpelling: boolean;
}

function ranges(terms: Term[], field: Field): Ranges {
  return terms
    .filter((t) => t.field === field && t.end > t.start)
    .map((t): [number, number] => [t.start, t.end])
    .sort((a, b) => a[0] - b[0]);
}

export function highlightOf(match: TermMatch): Highlight {
  return {
    name: ranges(match.terms, NAME),
    organization: ranges(match.terms, ORGANIZATION),
    otherSpelling: match.tier === 2,
  };
}
