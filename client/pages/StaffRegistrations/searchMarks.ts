// Why each row of a search answer matched: the server ranks (`?q=`, shared/search), and the
// page runs the same rule again over the rows it received (at most a hundred) only to find which
// words of the name and organization to mark, and which matched only under another spelling.
import type { RegistrationView } from '../../../shared/api/registrations';
import { highlightOf, type Highlight } from '../../../shared/search/highlight';
import { rankBy } from '../../../shared/search/rank';
import { personTerms } from '../../../shared/search/terms';

export function searchMarks(rows: RegistrationView[], typed: string): Map<string, Highlight> {
  const marks = new Map<string, Highlight>();
  if (!typed.trim()) return marks;
  for (const { item, match } of rankBy(typed, rows, (r) => personTerms(r.fullName, r.organization)))
    marks.set(item.id, highlightOf(match));
  return marks;
}
