// One result of the name search: a big button with the name and organization, the words that
// matched highlighted, a note when only another spelling matched, and the person's state. Drawn
// again only when one of those changed: as one types, most of the 20 rows stay as they were.
import { Component } from 'preact';
import type { Ranges } from '../../../shared/search/highlight';
import Marked from '../../components/Marked';
import type { SearchHit } from '../../desk/rosterIndex';
import styles from './CheckinDesk.module.css';

export interface HitRowProps {
  hit: SearchHit;
  /** Arrived at 09:12, not accepted, walk-in on its way, or ''. */
  state: string;
  /** What to say when only another spelling matched. */
  otherSpelling: string;
  /** Stable from keystroke to keystroke (a new function would redraw every row). */
  onPick: (id: string) => void;
}

function sameRanges(a: Ranges, b: Ranges): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as [number, number];
    const y = b[i] as [number, number];
    if (x[0] !== y[0] || x[1] !== y[1]) return false;
  }
  return true;
}

export function sameRow(a: HitRowProps, b: HitRowProps): boolean {
  return (
    a.hit.person === b.hit.person &&
    a.hit.otherSpelling === b.hit.otherSpelling &&
    sameRanges(a.hit.name, b.hit.name) &&
    sameRanges(a.hit.organization, b.hit.organization) &&
    a.state === b.state &&
    a.otherSpelling === b.otherSpelling &&
    a.onPick === b.onPick
  );
}

export default class HitRow extends Component<HitRowProps> {
  override shouldComponentUpdate(next: HitRowProps): boolean {
    return !sameRow(this.props, next);
  }

  render({ hit, state, otherSpelling, onPick }: HitRowProps) {
    const person = hit.person;
    return (
      <li>
        <button type="button" class={styles.hit} onClick={() => onPick(person.id)}>
          <span class={styles.hitName} dir="auto">
            <Marked text={person.fullName} ranges={hit.name} />
          </span>
          {person.organization && (
            <span class={styles.hitOrg} dir="auto">
              <Marked text={person.organization} ranges={hit.organization} />
            </span>
          )}
          {hit.otherSpelling && <span class={styles.hitWhy}>{otherSpelling}</span>}
          {state && <span class={styles.hitState}>{state}</span>}
        </button>
      </li>
    );
  }
}
