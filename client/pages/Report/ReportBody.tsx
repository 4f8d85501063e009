// The "Participants" section of a meeting report, laid out as the seed reports print it, in
// Arabic (right to left, French beside) or French (Arabic beside): the meeting, the total, the
// distributions by age band, capacity and gender with their charts, the other tables, then the
// programme. What is printed is exactly this article.
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
import type { MeetingView } from '../../../shared/api/meetings';
import { moroccoDate } from '../../i18n';
import { Bilingual } from './Bilingual';
import { dirOf, otherLanguage, type ReportLanguage } from './language';
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
  meeting: MeetingView;
  report: ParticipantReport;
  updating: boolean;
  lang: ReportLanguage;
}

export function ReportBody({ meeting, report, updating, lang }: Props) {
  const province = provinceByCode(meeting.venue.provinceCode);
  const other = otherLanguage(lang);
  const title = meeting.title[lang] ?? meeting.title.ar;
  const otherTitle = meeting.title[other];
  const provinceName = province?.name[lang] ?? null;
  return (
    <article
      class={styles.report}
      dir={dirOf(lang)}
      lang={lang}
      aria-labelledby="report-title"
      aria-busy={updating}
    >
      <header class={styles.head}>
        <h1 id="report-title">
          <Bilingual text={PARTICIPANTS} lang={lang} />
        </h1>
        <p class={styles.meeting}>
          <strong>{title}</strong>
          {otherTitle && otherTitle !== title && (
            <span class={styles.other} lang={other} dir={dirOf(other)}>
              {otherTitle}
            </span>
          )}
        </p>
        <p class={styles.meeting}>
          {moroccoDate(meeting.startsAt, lang)} —{' '}
          {[meeting.venue.name, provinceName].filter(Boolean).join(lang === 'ar' ? '، ' : ', ')}
        </p>
        <p class={styles.note} data-basis={report.basis}>
          <Bilingual text={basisLine(report.basis)} lang={lang} />
        </p>
      </header>
      <section class={styles.block} aria-labelledby="total-title">
        <h2 id="total-title">
          <Bilingual text={GRAND_TOTAL} lang={lang} />
        </h2>
        <p class={styles.total} data-total={report.total}>
          <Bilingual text={participantCount(report.total)} lang={lang} />
        </p>
      </section>
      <section class={styles.block} aria-labelledby="distribution-title">
        <h2 id="distribution-title">
          <Bilingual text={DISTRIBUTION_BY} lang={lang} />
        </h2>
        {SEED_TABLES.map((table) => (
          <Distribution key={table} table={table} report={report} lang={lang} />
        ))}
      </section>
      <MoreDetails report={report} lang={lang} />
      <Programme meeting={meeting} lang={lang} />
    </article>
  );
}
