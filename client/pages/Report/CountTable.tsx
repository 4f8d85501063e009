// One distribution as the seeds print it: category | number of participants, then the total.
import {
  COUNT_HEADING,
  DISTRIBUTION_BY,
  TABLE_HEADINGS,
  TABLE_TITLES,
  TOTAL_ROW,
  cellLabel,
} from '../../../shared/reports/labels';
import {
  addsUpToTotal,
  orderedKeys,
  type ParticipantReport,
  type TableName,
} from '../../../shared/reports/types';
import { Bilingual } from './Bilingual';
import { otherLanguage, type ReportLanguage } from './language';
import styles from './Report.module.css';

interface Props {
  table: TableName;
  report: ParticipantReport;
  lang: ReportLanguage;
  /** The rows to show (by default every key of the table). */
  keys?: string[];
}

/** The keys a table shows: the seeds print no "other" capacity, so it appears only if used. */
export function shownKeys(table: TableName, report: ParticipantReport): string[] {
  const cells = report[table] as Record<string, number>;
  return orderedKeys(table, cells).filter(
    (key) => !(table === 'byRole' && key === 'other' && cells[key] === 0),
  );
}

export function CountTable({ table, report, lang, keys = shownKeys(table, report) }: Props) {
  const cells = report[table] as Record<string, number>;
  const other = otherLanguage(lang);
  return (
    <table class={`table ${styles.table}`} data-table={table}>
      <caption class="visually-hidden">
        {DISTRIBUTION_BY[lang]} {TABLE_TITLES[table][lang].toLocaleLowerCase(lang)} /{' '}
        {DISTRIBUTION_BY[other]} {TABLE_TITLES[table][other].toLocaleLowerCase(other)}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <Bilingual text={TABLE_HEADINGS[table]} lang={lang} />
          </th>
          <th scope="col" class={styles.num}>
            <Bilingual text={COUNT_HEADING} lang={lang} />
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key} data-key={key}>
            <th scope="row">
              <Bilingual text={cellLabel(table, key)} lang={lang} />
            </th>
            <td class={styles.num}>{cells[key] ?? 0}</td>
          </tr>
        ))}
      </tbody>
      {addsUpToTotal(table) && (
        <tfoot>
          <tr data-key="total">
            <th scope="row">
              <Bilingual text={TOTAL_ROW} lang={lang} />
            </th>
            <td class={styles.num}>{report.total}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
