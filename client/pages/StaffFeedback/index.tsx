// "/staff/m/:slug/feedback": the organizer's view of a meeting's feedback: averages as bars,
// distributions, averages per workshop, the workshops' outputs, exports, post-meeting
// invitations, and the moderation of proposals (fate, explanation, institution, merge, hide).
import type { Locale } from '../../../shared/enums';
import { loadFeedback } from '../../actions/feedback/loadFeedback';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import StaffGate from '../../components/StaffGate';
import { ExportLinks, Invitations } from './Actions';
import ByWorkshop from './ByWorkshop';
import Moderation from './Moderation';
import Outputs from './Outputs';
import { Averages, Distribution } from './Summary';
import styles from './StaffFeedback.module.css';
import { t } from '../../i18n';

export default function StaffFeedback({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <StaffGate locale={locale} role="organizer">
      {() => <Overview slug={slug} locale={locale} />}
    </StaffGate>
  );
}

function Overview({ slug, locale }: { slug: string; locale: Locale }) {
  usePageTitle(t('staffFeedback:title', undefined, locale));
  const [load, retry] = useRemote((signal) => loadFeedback(slug, signal), [slug]);
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error')
    return <LoadError error={load.error} locale={locale} onRetry={retry} />;
  const {
    meeting,
    overview: { items, summary },
    proposals,
  } = load.data;
  const publicBase = `/m/${encodeURIComponent(meeting.slug)}`;
  return (
    <article class={`${styles.page} stack`} aria-labelledby="staff-feedback-title">
      <header>
        <h1 id="staff-feedback-title">{t('staffFeedback:title', undefined, locale)}</h1>
        <LocalText as="p" text={meeting.title} locale={locale} />
      </header>
      <nav class="row" aria-labelledby="staff-feedback-title">
        <a href={`/staff/m/${encodeURIComponent(meeting.slug)}`}>
          {t('staffFeedback:back', undefined, locale)}
        </a>
        <a href={`${publicBase}/feedback`}>{t('staffFeedback:publicForm', undefined, locale)}</a>
        <a href={`${publicBase}/proposals`}>
          {t('staffFeedback:publicProposals', undefined, locale)}
        </a>
      </nav>
      <p class={styles.count}>
        {summary.count === 0
          ? t('staffFeedback:none', undefined, locale)
          : t('staffFeedback:count', { n: summary.count }, locale)}
      </p>
      {summary.count > 0 && (
        <>
          <Averages summary={summary} locale={locale} />
          <Distribution summary={summary} locale={locale} />
          <ByWorkshop meeting={meeting} summary={summary} locale={locale} />
          <Outputs meeting={meeting} items={items} locale={locale} />
          <ExportLinks slug={meeting.slug} locale={locale} />
        </>
      )}
      <Moderation meeting={meeting} proposals={proposals} locale={locale} onChanged={retry} />
      <Invitations slug={meeting.slug} locale={locale} />
    </article>
  );
}
