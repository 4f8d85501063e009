// The name tab: results as you type, across scripts (shared/search), each a big button that
// checks the person in, with the words that matched highlighted and a note when they matched
// only under another spelling (typed Ahmed, registered أحمد). The person's state shows beside
// the name: arrived, not accepted, walk-in on its way.
import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { Meeting } from '../../api/meetings';
import { TextField } from '../../components/Field';
import Marked from '../../components/Marked';
import { arrivalOf, isExpected } from '../../desk/arrival';
import type { Desk } from '../../desk/actions/desk';
import type { RosterEntry } from '../../store/types';
import styles from './CheckinDesk.module.css';
import { dt } from './messages';
import { clockOf } from './verdictText';

/** The User Timing entry each keystroke's search leaves (read by the benchmark). */
export const SEARCH_MEASURE = 'liqa:desk:search';

interface Props {
  locale: Locale;
  desk: Desk;
  meeting: Meeting | null;
  onPick: (id: string) => void;
}

function stateOf(locale: Locale, desk: Desk, person: RosterEntry, meeting: Meeting | null): string {
  if (person.walkIn?.state === 'waiting') return dt(locale, 'search.walkIn');
  if (!isExpected(person)) return dt(locale, 'search.notAccepted');
  const arrival = arrivalOf(person, desk.arrivals.get(person.id));
  return arrival ? dt(locale, 'search.arrived', { time: clockOf(arrival.at, meeting) }) : '';
}

export default function SearchPanel({ locale, desk, meeting, onPick }: Props) {
  const [query, setQuery] = useState('');
  const result = useMemo(() => {
    const started = performance.now();
    const found = desk.index.search(query);
    performance.measure(SEARCH_MEASURE, { start: started });
    return found;
  }, [query, desk.version]);

  const count =
    result.total > result.hits.length
      ? dt(locale, 'search.more', { shown: result.hits.length, n: result.total })
      : query.trim().length >= 2
        ? result.total === 0
          ? dt(locale, 'search.none')
          : dt(locale, 'search.count', { n: result.total })
        : '';

  return (
    <div class="stack">
      <TextField
        name="search"
        type="search"
        label={dt(locale, 'search.label')}
        hint={dt(locale, 'search.hint')}
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
        {result.hits.map((hit) => {
          const person = hit.person;
          const state = stateOf(locale, desk, person, meeting);
          return (
            <li key={person.id}>
              <button type="button" class={styles.hit} onClick={() => onPick(person.id)}>
                <span class={styles.hitName} dir="auto">
                  <Marked text={person.fullName} ranges={hit.name} />
                </span>
                {person.organization && (
                  <span class={styles.hitOrg} dir="auto">
                    <Marked text={person.organization} ranges={hit.organization} />
                  </span>
                )}
                {hit.otherSpelling && (
                  <span class={styles.hitWhy}>{dt(locale, 'search.otherSpelling')}</span>
                )}
                {state && <span class={styles.hitState}>{state}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
