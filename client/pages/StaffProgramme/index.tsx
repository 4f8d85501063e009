// "/staff/p/:slug": the organizers' programme dashboard — each meeting's counts, the summed
// report with charts and files, the evidence pack, and every proposal in one list where they
// decide on those of their team's meetings.
import type { Locale } from '../../../shared/enums';
import { loadProgrammeDashboard } from '../../actions/programmes/loadProgrammeDashboard';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import StaffGate from '../../components/StaffGate';
import { MeetingTable } from './MeetingTable';
import { ProposalDesk } from './ProposalDesk';
import { SummedReport } from './SummedReport';
import styles from './StaffProgramme.module.css';
import { t } from '../../i18n';

export default function StaffProgramme({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <StaffGate locale={locale} role="organizer">
      {() => <Dashboard slug={slug} locale={locale} />}
    </StaffGate>
  );
}

function Dashboard({ slug, locale }: { slug: string; locale: Locale }) {
  usePageTitle(t('staffProgramme:title', undefined, locale));
  const [load, retry] = useRemote((signal) => loadProgrammeDashboard(slug, signal), [slug]);
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error')
    return (
      <LoadError
        error={load.error}
        locale={locale}
        onRetry={retry}
        notFound={t('staffProgramme:notFound', undefined, locale)}
      />
    );
  const dashboard = load.data;
  return (
    <article class={`${styles.page} stack`} aria-labelledby="dashboard-title">
      <header>
        <h1 id="dashboard-title">{t('staffProgramme:title', undefined, locale)}</h1>
        <LocalText as="p" text={dashboard.title} locale={locale} />
        <p>
          <a href={`/p/${encodeURIComponent(dashboard.slug)}`}>
            {t('staffProgramme:publicPage', undefined, locale)}
          </a>
        </p>
      </header>
      <MeetingTable meetings={dashboard.meetings} locale={locale} />
      <SummedReport dashboard={dashboard} locale={locale} />
      <ProposalDesk dashboard={dashboard} locale={locale} onChanged={retry} />
    </article>
  );
}
