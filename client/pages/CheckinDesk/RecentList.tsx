// This desk's latest check-ins, with where each stands: waiting to be sent, sent, or found to
// have been preceded by another desk's scan.
import type { Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import type { Desk } from '../../desk/actions/desk';
import type { LocalCheckin } from '../../store/types';
import styles from './CheckinDesk.module.css';
import { clockOf } from './verdictText';
import { t } from '../../i18n';

const SHOWN = 8;

function stateOf(locale: Locale, c: LocalCheckin): string {
  if (!c.server) return t('staffDesk:recent.waiting', undefined, locale);
  const first = c.server.checkedInAt;
  if (first && Date.parse(first) < Date.parse(c.at) && c.local === 'checked-in') {
    return t('staffDesk:recent.earlier', undefined, locale);
  }
  return t('staffDesk:recent.sent', undefined, locale);
}

export default function RecentList({
  locale,
  desk,
  meeting,
}: {
  locale: Locale;
  desk: Desk;
  meeting: MeetingView | null;
}) {
  const recent = desk.checkins.slice(0, SHOWN);
  return (
    <section aria-labelledby="desk-recent-title">
      <h2 id="desk-recent-title" class={styles.subtitle}>
        {t('staffDesk:recent.title', undefined, locale)}
      </h2>
      {recent.length === 0 ? (
        <p class={styles.hint}>{t('staffDesk:recent.none', undefined, locale)}</p>
      ) : (
        <ul class={styles.recent}>
          {recent.map((c) => {
            const id = c.server?.registrationId ?? c.registrationId;
            const name =
              (id && desk.index.get(id)?.fullName) ||
              t('staffDesk:recent.unknownTicket', undefined, locale);
            return (
              <li key={c.id} data-local={c.local} data-synced={c.server ? 'true' : 'false'}>
                <span class="ltr">{clockOf(c.at, meeting)}</span>
                <span class={styles.recentName}>{name}</span>
                <span class={styles.recentState}>{stateOf(locale, c)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
