// Beyond the seeds' three tables (on screen and on paper, after them): how people came,
// their accessibility needs, who was accepted but did not come, and where they came from.
import {
  cellLabel,
  GEOGRAPHY,
  MAP_TITLE,
  MORE_DETAILS,
  NO_SHOWS,
  PROVINCES_SHOWN,
  SEVERAL_NEEDS,
  TABLE_TITLES,
} from '../../../shared/reports/labels';
import type { ParticipantReport } from '../../../shared/reports/types';
import ProvinceMap from '../../components/ProvinceMap';
import { Bilingual } from './Bilingual';
import type { ReportLanguage } from './language';
import { CountTable } from './CountTable';
import styles from './Report.module.css';

export function MoreDetails({ report, lang }: { report: ParticipantReport; lang: ReportLanguage }) {
  const provinces = Object.keys(report.byProvince)
    .filter((code) => (report.byProvince[code] ?? 0) > 0)
    .sort((a, b) => (report.byProvince[b] ?? 0) - (report.byProvince[a] ?? 0));
  return (
    <section class={styles.block} aria-labelledby="more-title">
      <h2 id="more-title">
        <Bilingual text={MORE_DETAILS} lang={lang} />
      </h2>
      <p data-no-shows={report.noShows}>
        <Bilingual text={NO_SHOWS} lang={lang} />: <strong class="ltr">{report.noShows}</strong>
      </p>
      <div class={styles.pair}>
        <section aria-labelledby="bySource-title" data-section="bySource">
          <h3 id="bySource-title" class={styles.bullet}>
            <Bilingual text={TABLE_TITLES.bySource} lang={lang} />
          </h3>
          <CountTable table="bySource" report={report} lang={lang} />
        </section>
        <section aria-labelledby="byAccessibility-title" data-section="byAccessibility">
          <h3 id="byAccessibility-title" class={styles.bullet}>
            <Bilingual text={TABLE_TITLES.byAccessibility} lang={lang} />
          </h3>
          <p class={styles.note}>
            <Bilingual text={SEVERAL_NEEDS} lang={lang} />
          </p>
          <CountTable table="byAccessibility" report={report} lang={lang} />
        </section>
      </div>
      <h3 id="geography-title">
        <Bilingual text={GEOGRAPHY} lang={lang} />
      </h3>
      <div class={styles.pair} data-section="geography">
        <CountTable table="byRegion" report={report} lang={lang} />
        <section aria-labelledby="provinces-note">
          <p class={styles.note} id="provinces-note">
            <Bilingual text={PROVINCES_SHOWN} lang={lang} />
          </p>
          <CountTable table="byProvince" report={report} lang={lang} keys={provinces} />
        </section>
      </div>
      {/* On screen only: on paper the two tables carry the same numbers in less room. */}
      <div class={`${styles.map} ${styles.screenOnly}`}>
        <ProvinceMap
          id="province-map"
          title={MAP_TITLE[lang]}
          counts={report.byProvince}
          nameOf={(code) => cellLabel('byProvince', code)[lang]}
          lang={lang}
        />
      </div>
    </section>
  );
}
