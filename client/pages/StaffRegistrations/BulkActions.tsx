// The decision bar: how many are ticked, and Accept / Waitlist / Reject for all of them at once.
import type { Locale } from '../../../shared/enums';
import type { DecisionStatus } from '../../actions/staff/decideRegistrations';
import { t, type WordOf } from '../../i18n';
import { countText } from './countText';
import { DecisionMessage } from './DecisionMessage';
import type { Decisions } from './useDecisions';
import styles from './Registrations.module.css';

const ACTIONS: Array<[DecisionStatus, WordOf<'staff'>, string]> = [
  ['accepted', 'reg.accept', 'button'],
  ['waitlisted', 'reg.toWaitlist', 'button button--secondary'],
  ['rejected', 'reg.reject', `button button--secondary ${styles.reject}`],
];

interface Props {
  selected: string[];
  decisions: Decisions;
  locale: Locale;
}

export function BulkActions({ selected, decisions, locale }: Props) {
  const n = selected.length;
  return (
    <div class={styles.bulk} role="group" aria-labelledby="bulk-title">
      <p id="bulk-title" class={styles.bulkTitle}>
        {t('staff:reg.bulk', undefined, locale)}
      </p>
      <p id="bulk-count" class={styles.muted}>
        {n > 0 ? countText('reg.selected', n, locale) : t('staff:reg.bulkHint', undefined, locale)}
      </p>
      <div class="row">
        {ACTIONS.map(([status, key, className]) => (
          <button
            key={status}
            type="button"
            class={className}
            disabled={n === 0 || decisions.busy}
            aria-describedby="bulk-count"
            onClick={() => void decisions.decide(selected, status)}
          >
            {t(`staff:${key}`, undefined, locale)}
          </button>
        ))}
        {decisions.busy && (
          <span role="status" class={styles.muted}>
            {t('staff:reg.deciding', undefined, locale)}
          </span>
        )}
      </div>
      <DecisionMessage outcome={decisions.outcome} serial={decisions.serial} locale={locale} />
    </div>
  );
}
