// "/m/:slug": the meeting page posters lead to — what, when (Morocco time), where, the
// programme and workshops, and whether and until when one can register.
import type { Locale } from '../../../shared/enums';
import { provinceByCode } from '../../../shared/geo';
import { getMeeting, type Meeting } from '../../api/meetings';
import {
  moroccoDate,
  moroccoDateTime,
  moroccoTimeRange,
  pickText,
  placeName,
  t,
} from '../../app/i18n';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import RegistrationBadge from '../../components/RegistrationBadge';
import { Programme, Workshops } from './Agenda';
import styles from './Meeting.module.css';

export default function MeetingPage({ slug, locale }: { slug: string; locale: Locale }) {
  const [meeting, retry] = useRemote((signal) => getMeeting(slug, signal), [slug]);
  usePageTitle(
    meeting.status === 'done'
      ? pickText(meeting.data.title, locale).value
      : meeting.status === 'error'
        ? t('notFound.title', undefined, locale)
        : null,
  );

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

function MeetingDetails({ meeting: m, locale }: { meeting: Meeting; locale: Locale }) {
  const province = provinceByCode(m.venue.provinceCode);
  return (
    <article class={styles.page} aria-labelledby="meeting-title">
      <header class={styles.head}>
        <LocalText as="h1" id="meeting-title" text={m.title} locale={locale} />
        <RegistrationBadge state={m.registrationState} locale={locale} />
      </header>
      {m.description && (
        <LocalText as="p" class={styles.description} text={m.description} locale={locale} />
      )}

      <dl class={styles.facts}>
        <div>
          <dt>{t('meeting.when', undefined, locale)}</dt>
          <dd>
            {moroccoDate(m.startsAt, locale)}
            <br />
            {moroccoTimeRange(m.startsAt, m.endsAt, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('meeting.where', undefined, locale)}</dt>
          <dd>
            {m.venue.name}
            {m.venue.address && (
              <>
                <br />
                {m.venue.address}
              </>
            )}
            {province && (
              <>
                <br />
                {placeName(province.name, locale)}
              </>
            )}
            {m.venue.lat !== undefined && m.venue.lng !== undefined && (
              <>
                <br />
                <a href={mapLink(m.venue.lat, m.venue.lng)} rel="noopener noreferrer">
                  {t('meeting.map', undefined, locale)}
                </a>
              </>
            )}
          </dd>
        </div>
      </dl>

      <RegistrationPanel meeting={m} locale={locale} />
      <Programme items={m.programme ?? []} locale={locale} />
      <Workshops items={m.workshops ?? []} locale={locale} />
    </article>
  );
}

function RegistrationPanel({ meeting: m, locale }: { meeting: Meeting; locale: Locale }) {
  const { opensAt, closesAt } = m.registration;
  const explanation =
    m.registrationState === 'not-open'
      ? t('meeting.opensOn', { date: moroccoDateTime(opensAt, locale) }, locale)
      : m.registrationState === 'open'
        ? t('meeting.openUntil', { date: moroccoDateTime(closesAt, locale) }, locale)
        : t('meeting.closedOn', { date: moroccoDateTime(closesAt, locale) }, locale);
  return (
    <section class={styles.registration} aria-labelledby="registration-title">
      <h2 id="registration-title">{t('meeting.registration', undefined, locale)}</h2>
      <p>{explanation}</p>
      {m.registrationState === 'open' && (
        <a class="button button--big" href={`/m/${encodeURIComponent(m.slug)}/register`}>
          {t('meeting.register', undefined, locale)}
        </a>
      )}
    </section>
  );
}

function mapLink(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}
