// One of the seeds' three distributions: "• الفئات العمرية:", its table and its chart (bars
// for age bands and capacities, one split bar for gender), the chart in the report's language.
import { TABLE_TITLES, cellLabel } from '../../../shared/reports/labels';
import type { ParticipantReport, TableName } from '../../../shared/reports/types';
import { BarChart, SplitBar } from '../../components/Charts';
import { Bilingual } from './Bilingual';
import { CountTable, shownKeys } from './CountTable';
import { dirOf, type ReportLanguage } from './language';
import styles from './Report.module.css';

interface Props {
  table: TableName;
  report: ParticipantReport;
  lang: ReportLanguage;
}

export function Distribution({ table, report, lang }: Props) {
  const cells = report[table] as Record<string, number>;
  const items = shownKeys(table, report).map((key) => ({
    key,
    label: cellLabel(table, key)[lang],
    value: cells[key] ?? 0,
  }));
  const chart = {
    id: `chart-${table}`,
    title: TABLE_TITLES[table][lang],
    items,
    dir: dirOf(lang),
    lang,
  };
  return (
    <section class={styles.distribution} aria-labelledby={`${table}-title`} data-section={table}>
      <h3 id={`${table}-title`} class={styles.bullet}>
        <Bilingual text={TABLE_TITLES[table]} lang={lang} />
      </h3>
      <div class={styles.pair}>
        <CountTable table={table} report={report} lang={lang} />
        {table === 'byGender' ? <SplitBar {...chart} /> : <BarChart {...chart} />}
      </div>
    </section>
  );
}
