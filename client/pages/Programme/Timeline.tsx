// The programme's meetings by phase (held, open, upcoming), each with its date and hours in
// Morocco time, venue and region, and their venues on the map of regions.
import type { Locale } from '../../../shared/enums';
import { REGIONS, regionOfProvince } from '../../../shared/geo';
import type { ProgrammeView } from '../../../shared/api/programmes';
import type { PublicProgrammeReport } from '../../../shared/api/programmes';
import { t, moroccoDate, moroccoTimeRange, pickText, placeName } from '../../i18n';
import LocalText from '../../components/LocalText';
import RegionsMap, { venuePoint, type MapVenue } from '../../components/MoroccoMap/RegionsMap';
import RegistrationBadge from '../../components/RegistrationBadge';
import { timelineOf } from './phases';
import styles from './Programme.module.css';

interface Props {
  programme: ProgrammeView;
  report: PublicProgrammeReport;
  locale: Locale;
}

export function Timeline({ programme, report, locale }: Props) {
  const order = new Map(programme.meetings.map((m, i) => [m.slug, i + 1]));
  const venues: MapVenue[] = programme.meetings.flatMap((m) => {
    const point = venuePoint(m.venue);
    const n = order.get(m.slug) ?? 0;
    return point
      ? [{ key: m.slug, label: String(n), title: pickText(m.title, locale).value, point }]
      : [];
  });
  const regionName = (code: string) => {
    const region = REGIONS.find((r) => r.code === code);
    return region ? placeName(region.name, locale) : code;
  };
  return (
    <section class="stack" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('programme:timeline', undefined, locale)}</h2>
      {programme.meetings.length === 0 && <p>{t('programme:noMeetings', undefined, locale)}</p>}
      {timelineOf(programme.meetings, new Date()).map((group) => (
        <section
          key={group.phase}
          aria-labelledby={`phase-${group.phase}`}
          data-phase={group.phase}
        >
          <h3 id={`phase-${group.phase}`}>{t(`programme:${group.phase}`, undefined, locale)}</h3>
          <ol class={styles.timeline}>
            {group.meetings.map((m) => {
              const region = regionOfProvince(m.venue.provinceCode);
              return (
                <li key={m.slug} class={styles.meeting} data-meeting={m.slug}>
                  <span class={styles.number} aria-hidden="true">
                    {order.get(m.slug)}
                  </span>
                  <div class="stack">
                    <a href={`/m/${encodeURIComponent(m.slug)}`} class={styles.meetingTitle}>
                      <LocalText text={m.title} locale={locale} />
                    </a>
                    <p class={styles.facts}>
                      <span>{moroccoDate(m.startsAt, locale)}</span>{' '}
                      <span>{moroccoTimeRange(m.startsAt, m.endsAt, locale)}</span>
                      <br />
                      <span>{m.venue.name}</span>
                      {region && <span> — {placeName(region.name, locale)}</span>}
                    </p>
                    {group.phase !== 'past' && (
                      <p>
                        <RegistrationBadge state={m.registrationState} locale={locale} />
                      </p>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {programme.meetings.length > 0 && (
        <RegionsMap
          id="programme-map"
          counts={report.byRegion}
          venues={venues}
          title={t('programme:mapTitle', undefined, locale)}
          description={t('programme:mapDesc', undefined, locale)}
          regionName={regionName}
        />
      )}
    </section>
  );
}
