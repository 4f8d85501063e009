// Participation so far: the total and each meeting's, then the seed tables (age band,
// capacity, gender) summed over the meetings with a chart each, and the regions. Hidden small
// cells read "<3" in the tables and the charts alike; the numbers are the API's as it gave them.
import type { Locale } from '../../../shared/enums';
import { TABLE_TITLES, cellLabel, type Bilingual } from '../../../shared/reports/labels';
import { SEED_TABLES, orderedKeys, type TableName } from '../../../shared/reports/types';
import type { ProgrammeView } from '../../../shared/api/programmes';
import type { PublicProgrammeReport } from '../../../shared/api/programmes';
import LocalText from '../../components/LocalText';
import { BarChart } from '../../components/Charts';
import styles from './Programme.module.css';
import { t } from '../../i18n';

interface Props {
  programme: ProgrammeView;
  report: PublicProgrammeReport;
  locale: Locale;
}

const word = (text: Bilingual, locale: Locale) => (locale === 'ar' ? text.ar : text.fr);

export function CountTable({
  table,
  rows,
  locale,
}: {
  table: string;
  rows: Array<{ key: string; label: preact.ComponentChildren; n: number | null }>;
  locale: Locale;
}) {
  return (
    <table class="table" data-table={table}>
      <thead>
        <tr>
          <th scope="col">{t('programme:category', undefined, locale)}</th>
          <th scope="col" class={styles.num}>
            {t('programme:count', undefined, locale)}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{r.label}</th>
            <td class={styles.num} data-count={r.n ?? ''}>
              {r.n ?? '<3'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A table of the report with its chart; `report` is the public form or the organizers' full one. */
export function Distribution({
  table,
  report,
  locale,
}: {
  table: TableName;
  report: Pick<PublicProgrammeReport, TableName>;
  locale: Locale;
}) {
  const cells = report[table] as Record<string, number | null>;
  const keys = orderedKeys(table, cells).filter(
    (key) => !(table === 'byRole' && key === 'other' && cells[key] === 0),
  );
  const title = word(TABLE_TITLES[table], locale);
  const rows = keys.map((key) => ({
    key,
    label: word(cellLabel(table, key), locale),
    n: cells[key] === undefined ? 0 : cells[key],
  }));
  return (
    <section class={styles.distribution} aria-labelledby={`${table}-title`} data-section={table}>
      <h3 id={`${table}-title`}>{title}</h3>
      <div class={styles.pair}>
        <CountTable table={table} rows={rows} locale={locale} />
        <BarChart
          id={`chart-${table}`}
          title={title}
          dir={locale === 'ar' ? 'rtl' : 'ltr'}
          lang={locale}
          items={rows.map((r) => ({
            key: r.key,
            label: r.label,
            value: r.n ?? 0,
            ...(r.n === null ? { text: '<3' } : {}),
          }))}
        />
      </div>
    </section>
  );
}

export function Participation({ programme, report, locale }: Props) {
  const byMeeting = programme.meetings.map((m) => ({
    key: m.slug,
    label: <LocalText text={m.title} locale={locale} />,
    n: report.byMeeting[m.slug] ?? 0,
  }));
  return (
    <section class="stack" aria-labelledby="participation-title">
      <h2 id="participation-title">{t('programme:participation', undefined, locale)}</h2>
      <p class={styles.total} data-total={report.total}>
        {t('programme:total', { n: report.total }, locale)}
      </p>
      <p class={styles.note}>{t('programme:participationNote', undefined, locale)}</p>
      <section aria-labelledby="by-meeting-title">
        <h3 id="by-meeting-title">{t('programme:byMeeting', undefined, locale)}</h3>
        <CountTable table="byMeeting" rows={byMeeting} locale={locale} />
      </section>
      {SEED_TABLES.map((table) => (
        <Distribution key={table} table={table} report={report} locale={locale} />
      ))}
      <Distribution table="byRegion" report={report} locale={locale} />
    </section>
  );
}
