// Which proposals the public list shows: by meeting, fate and institution, and a search that
// reads Arabic as people type it (hamza forms, ta marbuta, diacritics) and Latin without case
// or accents, in the text, the explanation and the institution.
import { foldForSearch } from '../../../shared/search/fold';
import type { ProposalStatus } from '../../../shared/enums';
import type { ProgrammeProposal } from '../../../shared/api/programmes';

export interface ProposalFilter {
  meeting: string;
  status: ProposalStatus | '';
  institution: string;
  query: string;
}

export const NO_FILTER: ProposalFilter = { meeting: '', status: '', institution: '', query: '' };

export function filterProposals(
  proposals: ProgrammeProposal[],
  filter: ProposalFilter,
): ProgrammeProposal[] {
  const words = foldForSearch(filter.query).split(' ').filter(Boolean);
  return proposals.filter((p) => {
    if (filter.meeting && p.meetingSlug !== filter.meeting) return false;
    if (filter.status && p.status !== filter.status) return false;
    if (filter.institution && p.institution !== filter.institution) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch([p.text, p.explanation, p.institution].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}

/** The institutions named so far, for the filter's choices, in the reader's alphabet order. */
export function institutionsOf(proposals: ProgrammeProposal[], locale: string): string[] {
  const names = new Set(proposals.flatMap((p) => (p.institution ? [p.institution] : [])));
  return [...names].sort((a, b) => a.localeCompare(b, locale));
}
