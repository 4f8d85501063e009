// Beyond the seeds' three tables (on screen, not in the printed report): how people came,
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
import { CountTable } from './CountTable';
import styles from './Report.module.css';

export function MoreDetails({ report }: { report: ParticipantReport }) {
  const provinces = Object.keys(report.byProvince)
    .filter((code) => (report.byProvince[code] ?? 0) > 0)
    .sort((a, b) => (report.byProvince[b] ?? 0) - (report.byProvince[a] ?? 0));
  return (
    <section class={`${styles.block} ${styles.screenOnly}`} aria-labelledby="more-title">
      <h2 id="more-title">
        <Bilingual text={MORE_DETAILS} />
      </h2>
      <p data-no-shows={report.noShows}>
        <Bilingual text={NO_SHOWS} />: <strong class="ltr">{report.noShows}</strong>
      </p>
      <div class={styles.pair}>
        <section aria-labelledby="bySource-title" data-section="bySource">
          <h3 id="bySource-title" class={styles.bullet}>
            <Bilingual text={TABLE_TITLES.bySource} />
          </h3>
          <CountTable table="bySource" report={report} />
        </section>
        <section aria-labelledby="byAccessibility-title" data-section="byAccessibility">
          <h3 id="byAccessibility-title" class={styles.bullet}>
            <Bilingual text={TABLE_TITLES.byAccessibility} />
          </h3>
          <p class={styles.note}>
            <Bilingual text={SEVERAL_NEEDS} />
          </p>
          <CountTable table="byAccessibility" report={report} />
        </section>
      </div>
      <h3 id="geography-title">
        <Bilingual text={GEOGRAPHY} />
      </h3>
      <div class={styles.pair} data-section="geography">
        <CountTable table="byRegion" report={report} />
        <ProvinceMap
          id="province-map"
          title={MAP_TITLE.ar}
          counts={report.byProvince}
          nameOf={(code) => cellLabel('byProvince', code).ar}
          lang="ar"
        />
      </div>
      <p class={styles.note}>
        <Bilingual text={PROVINCES_SHOWN} />
      </p>
      <CountTable table="byProvince" report={report} keys={provinces} />
    </section>
  );
}
