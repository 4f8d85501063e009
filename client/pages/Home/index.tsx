// "/": the published meetings, soonest first, each with where, when and whether one can register.
import type { Locale } from '../../../shared/enums';
import { provinceByCode } from '../../../shared/geo';
import type { MeetingView } from '../../../shared/api/meetings';
import { loadPublishedMeetings } from '../../actions/meetings/loadPublishedMeetings';
import { moroccoDateTime, placeName, t } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import RegistrationBadge from '../../components/RegistrationBadge';
import styles from './Home.module.css';

export default function Home({ locale }: { locale: Locale }) {
  const [meetings, retry] = useRemote(loadPublishedMeetings, []);
  usePageTitle(t('home.title', undefined, locale));

  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title', undefined, locale)}</h1>
      <p>{t('home.intro', undefined, locale)}</p>
      {meetings.status === 'loading' && <Loading />}
      {meetings.status === 'error' && (
        <LoadError error={meetings.error} locale={locale} onRetry={retry} />
      )}
      {meetings.status === 'done' && <MeetingList meetings={meetings.data} locale={locale} />}
    </section>
  );
}

function MeetingList({ meetings, locale }: { meetings: MeetingView[]; locale: Locale }) {
  if (meetings.length === 0) return <p class="notice">{t('home.empty', undefined, locale)}</p>;
  return (
    <ul class={styles.list}>
      {meetings.map((m) => (
        <li key={m.id} class={styles.card}>
          <h2 class={styles.title}>
            <a href={`/m/${encodeURIComponent(m.slug)}`}>
              <LocalText text={m.title} locale={locale} />
            </a>
          </h2>
          <p class={styles.meta}>{moroccoDateTime(m.startsAt, locale)}</p>
          <p class={styles.meta}>
            {m.venue.name}
            {provinceLabel(m.venue.provinceCode, locale)}
          </p>
          <RegistrationBadge state={m.registrationState} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

function provinceLabel(code: string, locale: Locale): string {
  const province = provinceByCode(code);
  return province ? ` — ${placeName(province.name, locale)}` : '';
}
