// The meeting's settings as the organizer reads them: status, schedule, venue, seats, approval,
// and when the participants' personal data is (or was) erased.
import type { MeetingView } from '../../../shared/api/meetings';
import type { Locale } from '../../../shared/enums';
import { provinceByCode } from '../../../shared/geo';
import { DEFAULT_RETENTION_DAYS } from '../../../shared/retention';
import { t, moroccoDateTime, placeName } from '../../i18n';
import styles from './StaffMeetingOverview.module.css';

export function MeetingFacts({ meeting: m, locale }: { meeting: MeetingView; locale: Locale }) {
  const province = provinceByCode(m.venue.provinceCode);
  const rows: Array<[string, string]> = [
    [t('staff:form.status', undefined, locale), t(`staff:status.${m.status}`, undefined, locale)],
    [t('staff:form.startsAt', undefined, locale), moroccoDateTime(m.startsAt, locale)],
    [t('staff:form.endsAt', undefined, locale), moroccoDateTime(m.endsAt, locale)],
    [t('staff:form.opensAt', undefined, locale), moroccoDateTime(m.registration.opensAt, locale)],
    [t('staff:form.closesAt', undefined, locale), moroccoDateTime(m.registration.closesAt, locale)],
    [
      t('meeting.where', undefined, locale),
      [m.venue.name, province ? placeName(province.name, locale) : ''].filter(Boolean).join(' — '),
    ],
    [t('staff:capacity', undefined, locale), String(m.capacity)],
    [
      t('staff:form.approval', undefined, locale),
      t(`staff:approval.${m.approval}`, undefined, locale),
    ],
    [
      t('staff:waitlist', undefined, locale),
      t(m.waitlist ? 'staff:yes' : 'staff:no', undefined, locale),
    ],
  ];
  if (m.personalDataErasedAt || m.personalDataEraseAt)
    rows.push([
      t('staff:erasure', undefined, locale),
      m.personalDataErasedAt
        ? t('staff:erasureDone', { date: moroccoDateTime(m.personalDataErasedAt, locale) }, locale)
        : t(
            'staff:erasureDue',
            {
              date: moroccoDateTime(m.personalDataEraseAt ?? '', locale),
              days: m.retentionDays ?? DEFAULT_RETENTION_DAYS,
            },
            locale,
          ),
    ]);
  return (
    <section class="stack" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('staff:reg.details', undefined, locale)}</h2>
      <dl class={styles.facts}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
