// Sent / queued / failed at a glance: numbers large enough to read across a room, each with
// its word (never colour alone).
import type { Locale } from '../../../shared/enums';
import { STATUS_ORDER, type MailCounts } from './mailCounts';
import styles from './StaffOutbox.module.css';
import { t } from '../../i18n';

export default function Counts({ counts, locale }: { counts: MailCounts; locale: Locale }) {
  return (
    <section aria-labelledby="outbox-counts-title">
      <h2 id="outbox-counts-title">{t('staffOutbox:countsTitle', undefined, locale)}</h2>
      <dl class={styles.counts}>
        {STATUS_ORDER.map((status) => (
          <div key={status} data-status={status} data-count={counts[status]}>
            <dt>{t(`staffOutbox:status.${status}`, undefined, locale)}</dt>
            <dd>{counts[status]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
