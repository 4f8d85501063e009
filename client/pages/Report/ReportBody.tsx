// The "Participants" section of a meeting report, laid out as the seed reports print it, right
// to left: the meeting, the total, the distributions by age band, capacity and gender with
// their charts, then the programme. What is printed is exactly this article.
import { provinceByCode } from '../../../shared/geo';
import {
  BASIS_HEADING,
  BASIS_LABELS,
  DISTRIBUTION_BY,
  GRAND_TOTAL,
  PARTICIPANTS,
  participantCount,
} from '../../../shared/reports/labels';
import { SEED_TABLES, type ParticipantReport } from '../../../shared/reports/types';
import type { Meeting } from '../../api/meetings';
import { moroccoDate } from '../../app/i18n';
import { Bilingual } from './Bilingual';
import { Distribution } from './Distribution';
import { MoreDetails } from './MoreDetails';
import { Programme } from './Programme';
import styles from './Report.module.css';

/** "الأساس: الحاضرون" / "Base : Présents" */
function basisLine(basis: ParticipantReport['basis']) {
  const label = BASIS_LABELS[basis];
  return { ar: `${BASIS_HEADING.ar}: ${label.ar}`, fr: `${BASIS_HEADING.fr} : ${label.fr}` };
}

interface Props {
  meeting: Meeting;
  report: ParticipantReport;
  updating: boolean;
}

export function ReportBody({ meeting, report, updating }: Props) {
  const province = provinceByCode(meeting.venue.provinceCode);
  return (
    <article
      class={styles.report}
      dir="rtl"
      lang="ar"
      aria-labelledby="report-title"
      aria-busy={updating}
    >
      <header class={styles.head}>
        <h1 id="report-title">
          <Bilingual text={PARTICIPANTS} />
        </h1>
        <p class={styles.meeting}>
          <strong>{meeting.title.ar}</strong>
          {meeting.title.fr && (
            <span class={styles.fr} lang="fr" dir="ltr">
              {meeting.title.fr}
            </span>
          )}
        </p>
        <p class={styles.meeting}>
          {moroccoDate(meeting.startsAt, 'ar')} —{' '}
          {[meeting.venue.name, province?.name.ar].filter(Boolean).join('، ')}
        </p>
        <p class={styles.note} data-basis={report.basis}>
          <Bilingual text={basisLine(report.basis)} />
        </p>
      </header>
      <section class={styles.block} aria-labelledby="total-title">
        <h2 id="total-title">
          <Bilingual text={GRAND_TOTAL} />
        </h2>
        <p class={styles.total} data-total={report.total}>
          <Bilingual text={participantCount(report.total)} />
        </p>
      </section>
      <section class={styles.block} aria-labelledby="distribution-title">
        <h2 id="distribution-title">
          <Bilingual text={DISTRIBUTION_BY} />
        </h2>
        {SEED_TABLES.map((table) => (
          <Distribution key={table} table={table} report={report} />
        ))}
      </section>
      <MoreDetails report={report} />
      <Programme meeting={meeting} />
    </article>
  );
}
