// Which screen each address shows. The public meeting page and the home page ship in the main
// bundle (posters and e-mails lead there); every other screen is its own chunk.
import type { VNode } from 'preact';
import type { Locale } from '../../shared/enums';
import type { RouteMatch } from '../../shared/routes';
import Loading from '../components/Loading';
import MeetingPage from '../pages/Meeting';
import NotFound from '../pages/NotFound';
import { prefetchMeeting } from '../api/meetingPrefetch';
import { lazyComponent } from './lazy';

const loading = () => <Loading />;
/** The words every staff screen shares (each screen may add its own). */
const STAFF = ['staff'] as const;
// The home page is its own file: the meeting page, opened from a poster or a message on a 3G
// phone, does not carry it (the address's HTML preloads it for those who open the home).
const Home = lazyComponent(() => import('../pages/Home'), loading, []);
const Register = lazyComponent(() => import('../pages/Register'), loading, ['register']);
const MyRegistrations = lazyComponent(() => import('../pages/MyRegistrations'), loading, [
  'ticket',
  'myRegistrations',
]);
const PrivateLink = lazyComponent(() => import('../pages/PrivateLink'), loading, [
  'ticket',
  'registration',
  'register',
]);
const Support = lazyComponent(() => import('../pages/Support'), loading, ['support']);
const StaffSupport = lazyComponent(() => import('../pages/StaffSupport'), loading, [
  ...STAFF,
  'staffSupport',
]);
const StaffLogin = lazyComponent(() => import('../pages/StaffLogin'), loading, STAFF);
const StaffMeetingList = lazyComponent(() => import('../pages/StaffMeetingList'), loading, STAFF);
const StaffMeetingOverview = lazyComponent(
  () => import('../pages/StaffMeetingOverview'),
  loading,
  STAFF,
);
const MeetingForm = lazyComponent(() => import('../pages/MeetingForm'), loading, STAFF);
const CheckinDesk = lazyComponent(() => import('../pages/CheckinDesk'), loading, [
  ...STAFF,
  'staffDesk',
  'register',
]);
const StaffOutbox = lazyComponent(() => import('../pages/StaffOutbox'), loading, [
  ...STAFF,
  'staffOutbox',
]);
const Report = lazyComponent(() => import('../pages/Report'), loading, [...STAFF, 'staffReport']);
const Feedback = lazyComponent(() => import('../pages/Feedback'), loading, ['feedback']);
const Proposals = lazyComponent(() => import('../pages/Proposals'), loading, ['proposals']);
const StaffFeedback = lazyComponent(() => import('../pages/StaffFeedback'), loading, [
  ...STAFF,
  'staffFeedback',
  'proposals',
]);
const StaffUsers = lazyComponent(() => import('../pages/StaffUsers'), loading, STAFF);
const StaffAccount = lazyComponent(() => import('../pages/StaffAccount'), loading, STAFF);
const Programme = lazyComponent(() => import('../pages/Programme'), loading, ['programme']);
// Its summed report and proposal forms are the public programme's and the feedback screen's.
const StaffProgramme = lazyComponent(() => import('../pages/StaffProgramme'), loading, [
  ...STAFF,
  'staffProgramme',
  'proposals',
  'programme',
  'staffFeedback',
]);

export function renderRoute(match: RouteMatch | null, locale: Locale): VNode {
  if (!match) return <NotFound locale={locale} />;
  const slug = match.params.slug ?? '';
  switch (match.route) {
    case '/':
      return <Home locale={locale} />;
    case '/m/:slug':
      return <MeetingPage slug={slug} locale={locale} />;
    case '/m/:slug/register':
      // The form's code and its meeting at once, not one after the other (3G round trips).
      prefetchMeeting(slug);
      void Register.preload().catch(() => undefined);
      return <Register slug={slug} locale={locale} />;
    case '/me':
      return <MyRegistrations locale={locale} />;
    case '/m/:slug/feedback':
      return <Feedback slug={slug} locale={locale} />;
    case '/m/:slug/proposals':
      return <Proposals slug={slug} locale={locale} />;
    case '/r/:id':
      return <PrivateLink id={match.params.id ?? ''} locale={locale} />;
    case '/r/:id/support':
      return <Support id={match.params.id ?? ''} locale={locale} />;
    case '/staff/login':
      return <StaffLogin locale={locale} />;
    case '/staff':
      return <StaffMeetingList locale={locale} />;
    case '/staff/new':
      return <MeetingForm locale={locale} />;
    case '/staff/users':
      return <StaffUsers locale={locale} />;
    case '/staff/account':
      return <StaffAccount locale={locale} />;
    case '/staff/m/:slug/edit':
      return <MeetingForm slug={slug} locale={locale} />;
    case '/staff/m/:slug':
      return <StaffMeetingOverview slug={slug} locale={locale} />;
    case '/staff/m/:slug/checkin':
      return <CheckinDesk slug={slug} locale={locale} />;
    case '/staff/m/:slug/outbox':
      return <StaffOutbox slug={slug} locale={locale} />;
    case '/staff/m/:slug/support':
      return <StaffSupport slug={slug} locale={locale} />;
    case '/staff/m/:slug/report':
      return <Report slug={slug} locale={locale} />;
    case '/staff/m/:slug/feedback':
      return <StaffFeedback slug={slug} locale={locale} />;
    case '/p/:slug':
      return <Programme slug={slug} locale={locale} />;
    case '/staff/p/:slug':
      return <StaffProgramme slug={slug} locale={locale} />;
  }
}
