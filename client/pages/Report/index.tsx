// "/staff/m/:slug/report": the organizer's participant report of one meeting — the seed
// reports' tables and charts, on whichever basis (attended by default), ready to print.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { DEFAULT_BASIS, REPORT_BASES, type ReportBasis } from '../../../shared/reports/types';
import { loadMeeting } from '../../actions/staff/loadMeeting';
import { t, pickText } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import StaffGate from '../../components/StaffGate';
import { reportLanguage } from './language';
import { ReportBody } from './ReportBody';
import { Toolbar } from './Toolbar';
import { useReport } from './useReport';
import styles from './Report.module.css';

export default function Report({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <StaffGate locale={locale} role="organizer">
      {() => <ReportScreen slug={slug} locale={locale} />}
    </StaffGate>
  );
}

/** The basis in the address (`?basis=accepted`), so a reload or a shared link keeps it. */
function basisInAddress(): ReportBasis {
  const asked = new URLSearchParams(window.location.search).get('basis');
  return REPORT_BASES.find((b) => b === asked) ?? DEFAULT_BASIS;
}

function ReportScreen({ slug, locale }: { slug: string; locale: Locale }) {
  const [basis, setBasis] = useState<ReportBasis>(basisInAddress);
  const [meeting, retryMeeting] = useRemote((signal) => loadMeeting(slug, signal), [slug]);
  const report = useReport(slug, basis);
  const title =
    meeting.status === 'done'
      ? `${t('staffReport:title', undefined, locale)} — ${pickText(meeting.data.title, locale).value}`
      : null;
  usePageTitle(title);

  const choose = (next: ReportBasis) => {
    setBasis(next);
    history.replaceState(
      history.state,
      '',
      next === DEFAULT_BASIS ? window.location.pathname : `?basis=${next}`,
    );
  };

  if (meeting.status === 'error' || (report.error && !report.report)) {
    const error = meeting.status === 'error' ? meeting.error : report.error;
    const retry = meeting.status === 'error' ? retryMeeting : report.retry;
    return (
      <LoadError
        error={error}
        locale={locale}
        onRetry={retry}
        notFound={t('staffReport:notFound', undefined, locale)}
      />
    );
  }
  if (meeting.status === 'loading' || !report.report) return <Loading />;
  return (
    <div class={styles.page}>
      <Toolbar
        slug={slug}
        basis={basis}
        onBasis={choose}
        updating={report.loading}
        locale={locale}
      />
      <ReportBody
        meeting={meeting.data}
        report={report.report}
        updating={report.loading}
        lang={reportLanguage(locale)}
      />
    </div>
  );
}
