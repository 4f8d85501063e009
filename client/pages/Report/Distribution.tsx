// One of the seeds' three distributions: "• الفئات العمرية:", its table and its chart (bars
// for age bands and capacities, one split bar for gender).
import { TABLE_TITLES, cellLabel } from '../../../shared/reports/labels';
import type { ParticipantReport, TableName } from '../../../shared/reports/types';
import { BarChart, SplitBar } from '../../components/Charts';
import { Bilingual } from './Bilingual';
import { CountTable, shownKeys } from './CountTable';
import styles from './Report.module.css';

interface Props {
  table: TableName;
  report: ParticipantReport;
}

export function Distribution({ table, report }: Props) {
  const cells = report[table] as Record<string, number>;
  const items = shownKeys(table, report).map((key) => ({
    key,
    label: cellLabel(table, key).ar,
    value: cells[key] ?? 0,
  }));
  const chart = {
    id: `chart-${table}`,
    title: TABLE_TITLES[table].ar,
    items,
    dir: 'rtl' as const,
    lang: 'ar',
  };
  return (
    <section class={styles.distribution} aria-labelledby={`${table}-title`} data-section={table}>
      <h3 id={`${table}-title`} class={styles.bullet}>
        <Bilingual text={TABLE_TITLES[table]} />
      </h3>
      <div class={styles.pair}>
        <CountTable table={table} report={report} />
        {table === 'byGender' ? <SplitBar {...chart} /> : <BarChart {...chart} />}
      </div>
    </section>
  );
}
