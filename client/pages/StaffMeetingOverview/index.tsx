// "/staff/m/:slug": the organizer's overview of one meeting: the way to edit it, to its public
// page and to every staff screen of the meeting; its registrations and invitation codes; its
// settings; its team.
import type { MeetingView } from '../../../shared/api/meetings';
import type { Locale } from '../../../shared/enums';
import { loadMeeting } from '../../actions/staff/loadMeeting';
import { t, pickText } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import RegistrationBadge from '../../components/RegistrationBadge';
import StaffGate from '../../components/StaffGate';
import StaffRegistrations from '../StaffRegistrations';
import { MeetingFacts } from './MeetingFacts';
import { MEETING_SCREENS, screenAddress, type MeetingScreenRoute } from './screens';
import { TeamPanel } from './TeamPanel';

export default function StaffMeetingOverview({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <StaffGate locale={locale} role="organizer">
      {() => <Overview slug={slug} locale={locale} />}
    </StaffGate>
  );
}

function Overview({ slug, locale }: { slug: string; locale: Locale }) {
  const [meeting, retry] = useRemote((signal) => loadMeeting(slug, signal), [slug]);
  usePageTitle(meeting.status === 'done' ? pickText(meeting.data.title, locale).value : null);
  if (meeting.status === 'loading') return <Loading />;
  if (meeting.status === 'error') {
    return (
      <LoadError
        error={meeting.error}
        locale={locale}
        onRetry={retry}
        notFound={t('meeting.notFound', undefined, locale)}
      />
    );
  }
  return <Details meeting={meeting.data} locale={locale} />;
}

function Details({ meeting: m, locale }: { meeting: MeetingView; locale: Locale }) {
  return (
    <article class="stack" aria-labelledby="overview-title">
      <LocalText as="h1" id="overview-title" text={m.title} locale={locale} />
      <RegistrationBadge state={m.registrationState} locale={locale} />
      {new URLSearchParams(window.location.search).has('saved') && (
        <p class="notice" role="status">
          {t('staff:form.saved', undefined, locale)}
        </p>
      )}
      <nav class="row" aria-label={t('staff:screen.nav', undefined, locale)}>
        {(Object.keys(MEETING_SCREENS) as MeetingScreenRoute[]).map((route, i) => (
          <a
            key={route}
            class={i === 0 ? 'button' : 'button button--secondary'}
            href={screenAddress(route, m.slug)}
          >
            {t(`staff:${MEETING_SCREENS[route]}`, undefined, locale)}
          </a>
        ))}
        <a class="button button--secondary" href={`/m/${encodeURIComponent(m.slug)}`}>
          {t('staff:publicPage', undefined, locale)}
        </a>
      </nav>
      <StaffRegistrations meeting={m} locale={locale} />
      <MeetingFacts meeting={m} locale={locale} />
      <TeamPanel slug={m.slug} locale={locale} />
      <p>
        <a href="/staff">{t('staff:allMeetings', undefined, locale)}</a>
      </p>
    </article>
  );
}
