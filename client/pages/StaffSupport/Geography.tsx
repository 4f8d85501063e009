// The geography picture with its accessible twin: the map, and the same counts as a table
// (with each province's distance to the venue), largest first.
import type { Locale } from '../../../shared/enums';
import { PROVINCES, provinceByCode } from '../../../shared/geo';
import type { SupportPolicy } from '../../../shared/schemas/meeting';
import { roadDistanceKm, venuePoint, type VenueLocation } from '../../../shared/support';
import { t, placeName } from '../../i18n';
import MoroccoMap, { type DistanceBand } from '../../components/MoroccoMap';
import styles from './StaffSupport.module.css';
import TableScroll from '../../components/TableScroll';

interface Props {
  counts: Record<string, number>;
  venue: VenueLocation & { name: string };
  policy: SupportPolicy;
  locale: Locale;
}

export default function Geography({ counts, venue, policy, locale }: Props) {
  const point = venuePoint(venue);
  const name = (code: string) => {
    const province = provinceByCode(code);
    return province ? placeName(province.name, locale) : code;
  };
  const kms = [
    policy.travel.enabled && policy.travel.minDistanceKm,
    policy.lodging.enabled && policy.lodging.minDistanceKm,
  ];
  const bands: DistanceBand[] = [
    ...new Set(kms.filter((km): km is number => typeof km === 'number' && km > 0)),
  ]
    .sort((a, b) => a - b)
    .map((km) => ({ roadKm: km, label: `${km} km` }));
  const rows = PROVINCES.filter((p) => (counts[p.code] ?? 0) > 0).sort(
    (a, b) => (counts[b.code] ?? 0) - (counts[a.code] ?? 0),
  );

  return (
    <section class="stack" aria-labelledby="support-geo">
      <h2 id="support-geo">{t('staffSupport:mapTitle', undefined, locale)}</h2>
      <div class={styles.geo}>
        {point && (
          <MoroccoMap
            counts={counts}
            venue={point}
            venueLabel={venue.name}
            bands={bands}
            title={t('staffSupport:mapTitle', undefined, locale)}
            description={t(
              'staffSupport:mapDesc',
              {
                venue: venue.name,
                bands: bands.map((b) => b.roadKm).join(' / ') || '—',
              },
              locale,
            )}
            placeName={name}
          />
        )}
        {rows.length === 0 ? (
          <p>{t('staffSupport:noRegistrants', undefined, locale)}</p>
        ) : (
          <TableScroll label={t('staffSupport:tableTitle', undefined, locale)} locale={locale}>
            <table class={`table ${styles.table}`}>
              <caption>{t('staffSupport:tableTitle', undefined, locale)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staffSupport:province', undefined, locale)}</th>
                  <th scope="col">{t('staffSupport:registrants', undefined, locale)}</th>
                  <th scope="col">{t('staffSupport:distance', undefined, locale)}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.code}>
                    <th scope="row">{name(p.code)}</th>
                    <td>{counts[p.code]}</td>
                    <td>{roadDistanceKm(p.code, venue) ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
    </section>
  );
}
