// Each meeting of the programme with how far it has come; the table scrolls sideways on a
// phone inside TableScroll (a focusable, labelled region with a hint).
import type { Locale } from '../../../shared/enums';
import { PROPOSAL_STATUSES } from '../../../shared/schemas/feedback';
import type { DashboardMeeting } from '../../../shared/api/programmes';
import { t, moroccoDate } from '../../i18n';
import LocalText from '../../components/LocalText';
import TableScroll from '../../components/TableScroll';
import styles from './StaffProgramme.module.css';

export function MeetingTable({
  meetings,
  locale,
}: {
  meetings: DashboardMeeting[];
  locale: Locale;
}) {
  return (
    <section class="stack" aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('staffProgramme:meetings', undefined, locale)}</h2>
      <TableScroll label={t('staffProgramme:meetings', undefined, locale)} locale={locale}>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('staffProgramme:meeting', undefined, locale)}</th>
              <th scope="col">{t('staffProgramme:date', undefined, locale)}</th>
              <th scope="col">{t('staffProgramme:registered', undefined, locale)}</th>
              <th scope="col">{t('staffProgramme:accepted', undefined, locale)}</th>
              <th scope="col">{t('staffProgramme:attended', undefined, locale)}</th>
              <th scope="col">{t('staffProgramme:feedback', undefined, locale)}</th>
              <th scope="col">{t('staffProgramme:proposalsCol', undefined, locale)}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.slug} data-meeting={m.slug}>
                <th scope="row">
                  <a href={`/staff/m/${encodeURIComponent(m.slug)}`}>
                    <LocalText text={m.title} locale={locale} />
                  </a>
                  {m.status === 'draft' && (
                    <span class={styles.draft}>
                      {' '}
                      ({t('staffProgramme:draft', undefined, locale)})
                    </span>
                  )}
                </th>
                <td>{moroccoDate(m.startsAt, locale)}</td>
                <td data-count="registered">{m.counts.registered}</td>
                <td data-count="accepted">{m.counts.accepted}</td>
                <td data-count="attended">{m.counts.attended}</td>
                <td data-count="feedback">{m.counts.feedback}</td>
                <td data-count="proposals">
                  {PROPOSAL_STATUSES.map((s) => m.counts.proposals[s]).join(' / ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
