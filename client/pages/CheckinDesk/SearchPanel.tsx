// The name tab: results as you type, across scripts (shared/search), each a big button that
// checks the person in, with the words that matched highlighted and a note when they matched
// only under another spelling (typed Ahmed, registered أحمد). The person's state shows beside
// the name: arrived, not accepted, walk-in on its way.
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import { TextField } from '../../components/Field';
import { arrivalOf, isExpected } from '../../desk/arrival';
import type { Desk } from '../../desk/actions/desk';
import type { RosterEntry } from '../../store/types';
import styles from './CheckinDesk.module.css';
import HitRow from './HitRow';
import { clockOf } from './verdictText';
import { t } from '../../i18n';

/** The User Timing entry each keystroke's search leaves (read by the benchmark). */
export const SEARCH_MEASURE = 'liqa:desk:search';

interface Props {
  locale: Locale;
  desk: Desk;
  meeting: MeetingView | null;
  onPick: (id: string) => void;
}

function stateOf(
  locale: Locale,
  desk: Desk,
  person: RosterEntry,
  meeting: MeetingView | null,
): string {
  if (person.walkIn?.state === 'waiting') return t('staffDesk:search.walkIn', undefined, locale);
  if (!isExpected(person)) return t('staffDesk:search.notAccepted', undefined, locale);
  const arrival = arrivalOf(person, desk.arrivals.get(person.id));
  return arrival
    ? t('staffDesk:search.arrived', { time: clockOf(arrival.at, meeting) }, locale)
    : '';
}

export default function SearchPanel({ locale, desk, meeting, onPick }: Props) {
  const [query, setQuery] = useState('');
  // Searched again when the query or the roster changed, not on every change of the desk (a
  // count from the server, the write queue sending).
  const index = desk.index;
  const result = useMemo(() => {
    const started = performance.now();
    const found = index.search(query);
    performance.measure(SEARCH_MEASURE, { start: started });
    return found;
    // The index changes in place: its version is what says the roster changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, index, index.version]);
  const picked = useRef(onPick);
  picked.current = onPick;
  const pick = useCallback((id: string) => picked.current(id), []);
  const otherSpelling = t('staffDesk:search.otherSpelling', undefined, locale);

  const count =
    result.total > result.hits.length
      ? t('staffDesk:search.more', { shown: result.hits.length, n: result.total }, locale)
      : query.trim().length >= 2
        ? result.total === 0
          ? t('staffDesk:search.none', undefined, locale)
          : t('staffDesk:search.count', { n: result.total }, locale)
        : '';

  return (
    <div class="stack">
      <TextField
        name="search"
        type="search"
        label={t('staffDesk:search.label', undefined, locale)}
        hint={t('staffDesk:search.hint', undefined, locale)}
        value={query}
        onValue={setQuery}
        autocomplete="off"
        spellcheck={false}
        enterkeyhint="search"
      />
      <p role="status" class={styles.hint}>
        {count}
      </p>
      <ul class={styles.results}>
        {result.hits.map((hit) => (
          <HitRow
            key={hit.person.id}
            hit={hit}
            state={stateOf(locale, desk, hit.person, meeting)}
            otherSpelling={otherSpelling}
            onPick={pick}
          />
        ))}
      </ul>
    </div>
  );
}
