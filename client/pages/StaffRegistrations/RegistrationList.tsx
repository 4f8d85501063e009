// The registrations shown: a table on a wide screen, cards on a phone (a twelve-column table
// cannot be read at 360 px). Only one of the two is in the page at a time.
import type { RegistrationView } from '../../../shared/api/registrations';
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { Highlight } from '../../../shared/search/highlight';
import { RegistrationCards } from './RegistrationCards';
import { RegistrationTable } from './RegistrationTable';
import type { SortKey } from './sortRows';
import type { Selection } from './useSelection';

const WIDE = '(min-width: 52rem)';

function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const listener = () => setWide(query.matches);
    query.addEventListener('change', listener);
    listener();
    return () => query.removeEventListener('change', listener);
  }, []);
  return wide;
}

export interface ListProps {
  rows: RegistrationView[];
  selection: Selection;
  /** A new answer is on its way: the rows shown are the previous ones. */
  busy: boolean;
  /** Why each row matched the search, if there is one (searchMarks). */
  marks: Map<string, Highlight>;
  /** The name of a workshop of the meeting, in the reader's language. */
  workshopName: (id: string | null) => string;
  /** The order the rows are in (the table marks its column). */
  sort: SortKey;
  locale: Locale;
}

export function RegistrationList(props: ListProps) {
  const wide = useWideScreen();
  if (props.rows.length === 0) return null;
  return wide ? <RegistrationTable {...props} /> : <RegistrationCards {...props} />;
}
