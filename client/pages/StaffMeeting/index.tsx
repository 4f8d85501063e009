// "/staff/m/:slug": the organizer's overview of one meeting, with the way to edit it, to its
// public page and to the check-in desk.
import type { Locale } from '../../../shared/enums';
import { provinceByCode } from '../../../shared/geo';
import { getMeeting, type Meeting } from '../../api/meetings';
import { moroccoDateTime, pickText, placeName } from '../../app/i18n';
import { ts } from '../../app/i18n/staff';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import RegistrationBadge from '../../components/RegistrationBadge';
import StaffGate from '../../components/StaffGate';
import styles from './StaffMeeting.module.css';

export default function StaffMeeting({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <StaffGate locale={locale} role="organizer">
      {() => <Overview slug={slug} locale={locale} />}
    </StaffGate>
  );
}

function Overview({ slug, locale }: { slug: string; locale: Locale }) {
  const [meeting, retry] = useRemote((signal) => getMeeting(slug, signal), [slug]);
  usePageTitle(meeting.status === 'done' ? pickText(meeting.data.title, locale).value : null);
  if (meeting.status === 'loading') return <Loading />;
  if (meeting.status === 'error') {
    return (
      <LoadError
        error={meeting.error}
        locale={locale}
        onRetry={retry}
        notFound={ts('meeting.notFound', undefined, locale)}
      />
    );
  }
  return <Details meeting={meeting.data} locale={locale} />;
}

function Details({ meeting: m, locale }: { meeting: Meeting; locale: Locale }) {
  const base = `/staff/m/${encodeURIComponent(m.slug)}`;
  const province = provinceByCode(m.venue.provinceCode);
  const rows: Array<[string, string]> = [
    [ts('form.status', undefined, locale), ts(`staff.status.${m.status}`, undefined, locale)],
    [ts('form.startsAt', undefined, locale), moroccoDateTime(m.startsAt, locale)],
    [ts('form.endsAt', undefined, locale), moroccoDateTime(m.endsAt, locale)],
    [ts('form.opensAt', undefined, locale), moroccoDateTime(m.registration.opensAt, locale)],
    [ts('form.closesAt', undefined, locale), moroccoDateTime(m.registration.closesAt, locale)],
    [
      ts('meeting.where', undefined, locale),
      [m.venue.name, province ? placeName(province.name, locale) : ''].filter(Boolean).join(' — '),
    ],
    [ts('staff.capacity', undefined, locale), String(m.capacity)],
    [ts('form.approval', undefined, locale), ts(`staff.approval.${m.approval}`, undefined, locale)],
    [
      ts('staff.waitlist', undefined, locale),
      ts(m.waitlist ? 'staff.yes' : 'staff.no', undefined, locale),
    ],
  ];
  return (
    <article class="stack" aria-labelledby="overview-title">
      <LocalText as="h1" id="overview-title" text={m.title} locale={locale} />
      <RegistrationBadge state={m.registrationState} locale={locale} />
      {new URLSearchParams(window.location.search).has('saved') && (
        <p class="notice" role="status">
          {ts('form.saved', undefined, locale)}
        </p>
      )}
      <nav class="row" aria-labelledby="overview-title">
        <a class="button" href={`${base}/edit`}>
          {ts('staff.edit', undefined, locale)}
        </a>
        <a class="button button--secondary" href={`/m/${encodeURIComponent(m.slug)}`}>
          {ts('staff.publicPage', undefined, locale)}
        </a>
        <a class="button button--secondary" href={`${base}/checkin`}>
          {ts('staff.checkin', undefined, locale)}
        </a>
      </nav>
      <dl class={styles.facts}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a href="/staff">{ts('staff.allMeetings', undefined, locale)}</a>
      </p>
    </article>
  );
}
