// What became of a bulk decision, in plain words. It takes the focus when it appears, so a
// keyboard or screen reader user hears it and continues from there.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { refusalOf } from '../../actions/refusal';
import { t, type WordOf } from '../../i18n';
import { countText } from './countText';
import type { DecisionOutcome } from './useDecisions';
import styles from './Registrations.module.css';

interface Props {
  outcome: DecisionOutcome | null;
  serial: number;
  locale: Locale;
}

function lines(outcome: DecisionOutcome, locale: Locale): string[] {
  const l = (key: WordOf<'staff'>) => t(`staff:${key}`, undefined, locale);
  switch (outcome.kind) {
    case 'decided': {
      if (outcome.changed === 0) return [l('reg.unchanged')];
      const status = l(`reg.status.${outcome.status}`);
      return [countText('reg.done', outcome.changed, locale, { status })];
    }
    case 'capacity': {
      const { seatsLeft, title, detail } = outcome;
      // The problem's own words, then the count it lacks (its detail when it says more).
      const head =
        seatsLeft === null
          ? `${title} ${l('reg.nothingChanged')}`
          : seatsLeft === 0
            ? l('reg.capacityNone')
            : countText('reg.capacity', seatsLeft, locale);
      const more = detail && detail !== title ? [detail] : [];
      return [head, ...more, l('reg.capacityHint')];
    }
    case 'failed': {
      const refusal = refusalOf(outcome.error, locale);
      return refusal.unreachable ? [refusal.text] : [refusal.text, l('reg.nothingChanged')];
    }
  }
}

export function DecisionMessage({ outcome, serial, locale }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Before paint, so the message never shows without the focus on it.
  useLayoutEffect(() => {
    if (outcome) ref.current?.focus();
  }, [outcome, serial]);
  if (!outcome) return null;
  const [first, ...rest] = lines(outcome, locale);
  const ok = outcome.kind === 'decided';
  return (
    <div
      ref={ref}
      tabIndex={-1}
      class={`notice ${ok ? '' : 'notice--error'} ${styles.outcome}`}
      data-outcome={outcome.kind}
    >
      <p class={styles.outcomeHead}>{first}</p>
      {rest.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
