// The programme's report in full (organizers only): registered, accepted and attended side by
// side, the seed tables and regions on a chosen basis with their charts, and the files.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import {
  DEFAULT_BASIS,
  REPORT_BASES,
  SEED_TABLES,
  type ReportBasis,
} from '../../../shared/reports/types';
import type { ProgrammeDashboard } from '../../../shared/api/programmes';
import {
  evidencePackFileUrl,
  summedReportFileUrl,
} from '../../actions/programmes/exportSummedReport';
import { loadSummedReport } from '../../actions/programmes/loadSummedReport';
import { useRemote } from '../../app/useRemote';
import ChoiceGroup from '../../components/ChoiceGroup';
import { BarChart } from '../../components/Charts';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import { Distribution } from '../Programme/Participation';
import { t } from '../../i18n';

interface Props {
  dashboard: ProgrammeDashboard;
  locale: Locale;
}

export function SummedReport({ dashboard, locale }: Props) {
  const [basis, setBasis] = useState<ReportBasis>(DEFAULT_BASIS);
  const [report, retry] = useRemote(
    (signal) => loadSummedReport(dashboard.slug, basis, signal),
    [dashboard.slug, basis],
  );
  const sum = (key: 'registered' | 'accepted' | 'attended') =>
    dashboard.meetings.reduce((n, m) => n + m.counts[key], 0);
  const totals = (['registered', 'accepted', 'attended'] as const).map((key) => ({
    key,
    label: t(`staffProgramme:${key}`, undefined, locale),
    value: sum(key),
  }));
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  return (
    <section class="stack" aria-labelledby="summed-title">
      <h2 id="summed-title">{t('staffProgramme:report', undefined, locale)}</h2>
      <BarChart
        id="chart-totals"
        title={t('staffProgramme:totals', undefined, locale)}
        items={totals}
        dir={dir}
        lang={locale}
      />
      <ChoiceGroup
        name="basis"
        type="radio"
        legend={t('staffProgramme:basis', undefined, locale)}
        choices={REPORT_BASES.map((b) => ({
          value: b,
          label: t(`staffProgramme:basis.${b}`, undefined, locale),
        }))}
        selected={basis}
        onChange={(value) => setBasis(value as ReportBasis)}
      />
      <section class="stack" aria-labelledby="files-title">
        <h3 id="files-title">{t('staffProgramme:files', undefined, locale)}</h3>
        <p class="row">
          {(['csv', 'xlsx'] as const).map((format) => (
            <a
              key={format}
              class="button button--secondary"
              href={summedReportFileUrl(dashboard.slug, basis, format)}
              download
              data-download={format}
            >
              {t(`staffProgramme:${format}`, undefined, locale)}
            </a>
          ))}
          <a
            class="button"
            href={evidencePackFileUrl(dashboard.slug, basis)}
            download
            data-download="evidence"
          >
            {t('staffProgramme:evidence', undefined, locale)}
          </a>
        </p>
      </section>
      {report.status === 'loading' && <Loading />}
      {report.status === 'error' && (
        <LoadError error={report.error} locale={locale} onRetry={retry} />
      )}
      {report.status === 'done' && (
        <>
          <p data-total={report.data.total}>
            {t('staffProgramme:total', { n: report.data.total }, locale)}
          </p>
          {'minCell' in report.data && (
            <p data-small-cells>{t('staffProgramme:smallCells', undefined, locale)}</p>
          )}
          {SEED_TABLES.map((table) => (
            <Distribution key={table} table={table} report={report.data} locale={locale} />
          ))}
          <Distribution table="byRegion" report={report.data} locale={locale} />
        </>
      )}
    </section>
  );
}
