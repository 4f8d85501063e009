// The answer to a scan or a tap, full screen so it reads from a metre away: green checked in,
// amber already checked in (when, and at which desk), red not on the list or not accepted.
// Focus goes to "Next"; Escape or Next closes it and scanning resumes.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import type { Verdict } from '../../desk/arrival';
import type { Load } from '../../desk/counts';
import styles from './Result.module.css';
import WorkshopPicker from './WorkshopPicker';
import { t } from '../../i18n';

export interface Shown {
  verdict: Verdict;
  /** What the overlay says besides the name: the headline, and the amber line. */
  headline: string;
  detail: string;
}

interface Props {
  locale: Locale;
  shown: Shown;
  meeting: MeetingView | null;
  workshopId: string | null;
  loads: Record<string, Load>;
  onWorkshop: (workshopId: string | null) => void;
  onClose: () => void;
}

const SYMBOL: Record<Verdict['kind'], string> = {
  'checked-in': '✓',
  'already-checked-in': '!',
  unknown: '✗',
  'not-accepted': '✗',
};

/** Keeps Tab inside the dialog: the page behind it is not for now. */
function trapTab(e: KeyboardEvent, dialog: HTMLElement | null): void {
  if (e.key !== 'Tab' || !dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button, select, input, [href]')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last?.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first?.focus();
  }
}

export default function ResultOverlay(props: Props) {
  const { locale, shown, meeting, workshopId, loads, onWorkshop, onClose } = props;
  const next = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const { verdict } = shown;
  const person = verdict.kind === 'unknown' ? null : verdict.person;
  // Escape closes with the latest onClose; the effect itself runs once per result shown, so the
  // focus is not taken back on every redraw of the desk.
  const close = useRef(onClose);
  close.current = onClose;

  // Before paint: focus and Escape work from the first frame the result is on screen.
  useLayoutEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    next.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current();
      else trapTab(e, dialog.current);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, [shown]);

  const arrived = verdict.kind === 'checked-in' || verdict.kind === 'already-checked-in';
  return (
    <div
      ref={dialog}
      class={styles.result}
      data-verdict={verdict.kind}
      role="dialog"
      aria-modal="true"
      aria-labelledby="desk-result-title"
      aria-describedby="desk-result-detail"
    >
      <div class={styles.resultBody}>
        <p class={styles.symbol} aria-hidden="true">
          {SYMBOL[verdict.kind]}
        </p>
        <h2 id="desk-result-title" class={styles.headline}>
          {shown.headline}
        </h2>
        {person && <p class={styles.name}>{person.fullName}</p>}
        {person?.organization && <p class={styles.organization}>{person.organization}</p>}
        <p id="desk-result-detail" class={styles.detail}>
          {shown.detail}
        </p>
        {arrived && person && meeting && (
          <WorkshopPicker
            locale={locale}
            meeting={meeting}
            value={workshopId}
            loads={loads}
            onChange={onWorkshop}
          />
        )}
      </div>
      <button
        ref={next}
        type="button"
        class={`button button--big ${styles.next}`}
        onClick={onClose}
      >
        {t('staffDesk:result.next', undefined, locale)}
      </button>
    </div>
  );
}
