// "/staff": the meetings this staff member may act on (admins: all), drafts included; a way to
// create one; their password; the accounts (admins); sign out.
import type { SignedInStaff } from '../../../shared/api/auth';
import type { MeetingView } from '../../../shared/api/meetings';
import type { Locale } from '../../../shared/enums';
import { loadMyMeetings } from '../../actions/staff/loadMyMeetings';
import { signOut, unsentBeforeSignOut } from '../../actions/staff/signOut';
import { t, moroccoDateTime } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { navigate } from '../../app/router';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import RegistrationBadge from '../../components/RegistrationBadge';
import StaffGate from '../../components/StaffGate';
import styles from './StaffMeetingList.module.css';

export default function StaffMeetingList({ locale }: { locale: Locale }) {
  usePageTitle(t('staff:meetingsTitle', undefined, locale));
  return (
    <section class="stack" aria-labelledby="staff-title">
      <h1 id="staff-title">{t('staff:meetingsTitle', undefined, locale)}</h1>
      <StaffGate locale={locale} role="checkin">
        {(user) => <MeetingsFor user={user} locale={locale} />}
      </StaffGate>
    </section>
  );
}

async function confirmSignOut(locale: Locale) {
  // Check-ins not sent yet leave with the session: say so before, not after.
  const unsent = await unsentBeforeSignOut();
  if (unsent > 0 && !window.confirm(t('staff:signOutUnsent', { n: unsent }, locale))) return;
  try {
    await signOut();
  } finally {
    navigate('/staff/login', { replace: true });
  }
}

function MeetingsFor({ user, locale }: { user: SignedInStaff; locale: Locale }) {
  const [meetings, retry] = useRemote(loadMyMeetings, []);
  const organizer = user.role !== 'checkin';
  return (
    <div class="stack">
      <p class="row">
        <span>{t('staff:signedInAs', { email: user.email }, locale)}</span>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => void confirmSignOut(locale)}
        >
          {t('staff:signOut', undefined, locale)}
        </button>
        <a href="/staff/account">{t('staff:account.link', undefined, locale)}</a>
        {user.role === 'admin' && (
          <a href="/staff/users">{t('staff:users.link', undefined, locale)}</a>
        )}
      </p>
      {organizer && (
        <p>
          <a class="button" href="/staff/new">
            {t('staff:newMeeting', undefined, locale)}
          </a>
        </p>
      )}
      {meetings.status === 'loading' && <Loading />}
      {meetings.status === 'error' && (
        <LoadError error={meetings.error} locale={locale} onRetry={retry} />
      )}
      {meetings.status === 'done' && (
        <Table meetings={meetings.data} organizer={organizer} locale={locale} />
      )}
    </div>
  );
}

function Table({
  meetings,
  organizer,
  locale,
}: {
  meetings: MeetingView[];
  organizer: boolean;
  locale: Locale;
}) {
  if (meetings.length === 0)
    return <p class="notice">{t('staff:noMeetings', undefined, locale)}</p>;
  const sorted = [...meetings].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return (
    <ul class={styles.list}>
      {sorted.map((m) => {
        const base = `/staff/m/${encodeURIComponent(m.slug)}`;
        return (
          <li key={m.id} class={styles.item}>
            <h2 class={styles.title}>
              <a href={organizer ? base : `${base}/checkin`}>
                <LocalText text={m.title} locale={locale} />
              </a>
            </h2>
            <p class={styles.meta}>
              <span class={m.status === 'draft' ? styles.draft : styles.published}>
                {t(`staff:status.${m.status}`, undefined, locale)}
              </span>
              <RegistrationBadge state={m.registrationState} locale={locale} />
              <span>{moroccoDateTime(m.startsAt, locale)}</span>
            </p>
            <p class="row">
              {organizer && <a href={`${base}/edit`}>{t('staff:edit', undefined, locale)}</a>}
              <a href={`${base}/checkin`}>{t('staff:checkin', undefined, locale)}</a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
