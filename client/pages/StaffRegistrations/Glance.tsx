// The meeting's numbers at a glance: registered, accepted against capacity, seats left,
// waitlisted and awaiting a decision. Counted over every registration, whatever the filters.
import type { RegistrationView } from '../../../shared/api/registrations';
import type { Locale, RegistrationStatus } from '../../../shared/enums';
import { t, type WordOf } from '../../i18n';
import type { MeetingWithSeats } from './useLiveMeeting';
import styles from './Registrations.module.css';

interface Props {
  meeting: MeetingWithSeats;
  /** Every registration of the meeting; null until read. */
  rows: RegistrationView[] | null;
  locale: Locale;
}

function countBy(rows: RegistrationView[]): Record<RegistrationStatus, number> {
  const counts = { pending: 0, accepted: 0, waitlisted: 0, rejected: 0, cancelled: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}

export function Glance({ meeting, rows, locale }: Props) {
  const counts = rows ? countBy(rows) : null;
  const known = (n: number | undefined) => (n === undefined ? '…' : String(n));
  const items: Array<[WordOf<'staff'>, string]> = [
    ['reg.count.registered', known(rows ? rows.length - (counts?.cancelled ?? 0) : undefined)],
    ['reg.count.accepted', `${known(counts?.accepted)} / ${meeting.capacity}`],
    ['reg.count.seatsLeft', known(meeting.seatsLeft)],
    ['reg.count.waitlisted', known(counts?.waitlisted)],
    ['reg.count.pending', known(counts?.pending)],
  ];
  return (
    <section aria-labelledby="glance-title">
      <h2 id="glance-title" class="visually-hidden">
        {t('staff:reg.glance', undefined, locale)}
      </h2>
      <dl class={styles.glance}>
        {items.map(([key, value]) => (
          <div key={key} data-count={key.slice('reg.count.'.length)}>
            <dt>{t(`staff:${key}`, undefined, locale)}</dt>
            <dd>
              <span class="ltr">{value}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
