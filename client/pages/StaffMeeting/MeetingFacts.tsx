// The meeting's settings as the organizer reads them: status, schedule, venue, seats, approval,
// and when the participants' personal data is (or was) erased.
import type { Locale } from '../../../shared/enums';
import { provinceByCode } from '../../../shared/geo';
import { DEFAULT_RETENTION_DAYS } from '../../../shared/retention';
import type { Meeting } from '../../api/meetings';
import { moroccoDateTime, placeName } from '../../app/i18n';
import { ts } from '../../app/i18n/staff';
import styles from './StaffMeeting.module.css';

export function MeetingFacts({ meeting: m, locale }: { meeting: Meeting; locale: Locale }) {
  const province = provinceByCode(m.venue.provinceCode);
  const rows: Array<[string, string]> = [
    [ts('form.status', undefined, locale), ts(`staff.status.${m.status}`, undefined, locale)],
    [ts('form.startsAt', undefined, locale), moroccoDateTime(m.startsAt, locale)],
    [ts('form.endsAt', undefined, locale), moroccoDateTime(m.endsAt, locale)],
    [ts('form.opensAt', undefined, locale), moroccoDateTime(m.registration.opensAt, locale)],
    [ts('form.closesAt', undefined, locale), moroccoDateTime(m.registration.closesAt, locale)],
    [
      ts('meeting.where', undefined, locale),
      [m.venue.name, province ? placeName(province.name, locale) : ''].filter(Boolean).join(' — '),
    ],
    [ts('staff.capacity', undefined, locale), String(m.capacity)],
    [ts('form.approval', undefined, locale), ts(`staff.approval.${m.approval}`, undefined, locale)],
    [
      ts('staff.waitlist', undefined, locale),
      ts(m.waitlist ? 'staff.yes' : 'staff.no', undefined, locale),
    ],
  ];
  if (m.personalDataErasedAt || m.personalDataEraseAt)
    rows.push([
      ts('staff.erasure', undefined, locale),
      m.personalDataErasedAt
        ? ts('staff.erasureDone', { date: moroccoDateTime(m.personalDataErasedAt, locale) }, locale)
        : ts(
            'staff.erasureDue',
            {
              date: moroccoDateTime(m.personalDataEraseAt ?? '', locale),
              days: m.retentionDays ?? DEFAULT_RETENTION_DAYS,
            },
            locale,
          ),
    ]);
  return (
    <section class="stack" aria-labelledby="facts-title">
      <h2 id="facts-title">{ts('reg.details', undefined, locale)}</h2>
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
