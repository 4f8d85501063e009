// "/m/:slug": the meeting page posters lead to — what, when (Morocco time), where, whether and
// until when one can register, who may and which support is offered, the programme and workshops.
import type { Locale } from '../../../shared/enums';
import { REGIONS, provinceByCode } from '../../../shared/geo';
import { supportPolicyOf } from '../../../shared/support/defaultPolicy';
import type { MeetingView } from '../../../shared/api/meetings';
import { loadMeetingPage } from '../../actions/meetings/loadMeetingPage';
import { refusalOf } from '../../actions/refusal';
import { moroccoDate, moroccoDateTime, moroccoTimeRange, pickText, placeName, t } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote, type Remote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import MeetingContact from '../../components/MeetingContact';
import RegistrationBadge from '../../components/RegistrationBadge';
import { Programme, Workshops } from './Agenda';
import styles from './Meeting.module.css';

/** The meeting's title; "not found" only when the server said so (offline: the app's name). */
function titleOf(load: Remote<MeetingView>, locale: Locale): string | null {
  if (load.status === 'done') return pickText(load.data.title, locale).value;
  if (load.status !== 'error') return null;
  return refusalOf(load.error, locale).status === 404 ? t('notFound.title', undefined, locale) : '';
}

export default function MeetingPage({ slug, locale }: { slug: string; locale: Locale }) {
  const [meeting, retry] = useRemote((signal) => loadMeetingPage(slug, signal), [slug]);
  usePageTitle(titleOf(meeting, locale));

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
  return <MeetingDetails meeting={meeting.data} locale={locale} />;
}

// On a 360 × 740 phone the first screen holds what decides a visit: the title, when, where,
// whether registration is open and its button; who may register and what support is offered
// come right after, before the description and the programme.
function MeetingDetails({ meeting: m, locale }: { meeting: MeetingView; locale: Locale }) {
  const province = provinceByCode(m.venue.provinceCode);
  return (
    <article class={styles.page} aria-labelledby="meeting-title">
      <header class={styles.head}>
        <LocalText as="h1" id="meeting-title" text={m.title} locale={locale} />
        <RegistrationBadge state={m.registrationState} locale={locale} />
      </header>

      <dl class={styles.facts}>
        <div>
          <dt>{t('meeting.when', undefined, locale)}</dt>
          <dd>
            {moroccoDate(m.startsAt, locale)}
            {' · '}
            {moroccoTimeRange(m.startsAt, m.endsAt, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('meeting.where', undefined, locale)}</dt>
          <dd>
            {[m.venue.name, province && placeName(province.name, locale)]
              .filter(Boolean)
              .join(t('list.comma', undefined, locale))}
            {m.venue.address && <span class={styles.address}>{m.venue.address}</span>}
            {m.venue.lat !== undefined && m.venue.lng !== undefined && (
              <a href={mapLink(m.venue.lat, m.venue.lng)} rel="noopener noreferrer">
                {t('meeting.map', undefined, locale)}
              </a>
            )}
          </dd>
        </div>
      </dl>

      <RegistrationPanel meeting={m} locale={locale} />
      <Conditions meeting={m} locale={locale} />
      {/* After "register": the first screen of a phone holds date, place, state and the button. */}
      {(m.contact?.email || m.contact?.phone) && (
        <dl class={styles.facts}>
          <MeetingContact contact={m.contact} locale={locale} />
        </dl>
      )}
      {m.description && (
        <LocalText as="p" class={styles.description} text={m.description} locale={locale} />
      )}
      <Programme items={m.programme ?? []} locale={locale} />
      <Workshops items={m.workshops ?? []} locale={locale} />
    </article>
  );
}

function RegistrationPanel({ meeting: m, locale }: { meeting: MeetingView; locale: Locale }) {
  const { opensAt, closesAt } = m.registration;
  const explanation =
    m.registrationState === 'not-open'
      ? t('meeting.opensOn', { date: moroccoDateTime(opensAt, locale) }, locale)
      : m.registrationState === 'open'
        ? t('meeting.openUntil', { date: moroccoDateTime(closesAt, locale) }, locale)
        : t('meeting.closedOn', { date: moroccoDateTime(closesAt, locale) }, locale);
  return (
    <section class={styles.registration} aria-labelledby="registration-title">
      <h2 id="registration-title" class="visually-hidden">
        {t('meeting.registration', undefined, locale)}
      </h2>
      {m.registrationState === 'open' && (
        <a class="button button--big" href={`/m/${encodeURIComponent(m.slug)}/register`}>
          {t('meeting.register', undefined, locale)}
        </a>
      )}
      <p>{explanation}</p>
      <p>
        <a href={`/m/${encodeURIComponent(m.slug)}/register#recover`}>
          {t('meeting.recover', undefined, locale)}
        </a>
      </p>
    </section>
  );
}

/** Who may register (the target regions) and which support is offered, said before the form. */
function Conditions({ meeting: m, locale }: { meeting: MeetingView; locale: Locale }) {
  const regions = REGIONS.filter((r) => (m.eligibleRegions ?? []).includes(r.code));
  const who =
    regions.length === 0
      ? t('meeting.whoAll', undefined, locale)
      : t(
          'meeting.whoRegions',
          {
            regions: regions
              .map((r) => placeName(r.name, locale))
              .join(t('list.comma', undefined, locale)),
          },
          locale,
        );
  const { travel, lodging } = supportPolicyOf(m);
  const km = { travelKm: travel.minDistanceKm, lodgingKm: lodging.minDistanceKm };
  const support =
    travel.enabled && lodging.enabled
      ? 'meeting.supportBoth'
      : travel.enabled
        ? 'meeting.supportTravel'
        : lodging.enabled
          ? 'meeting.supportLodging'
          : 'meeting.supportNone';
  return (
    <dl class={styles.conditions}>
      <div>
        <dt>{t('meeting.who', undefined, locale)}</dt>
        <dd>{who}</dd>
      </div>
      <div>
        <dt>{t('meeting.support', undefined, locale)}</dt>
        <dd>{t(support, km, locale)}</dd>
      </div>
    </dl>
  );
}

function mapLink(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}
