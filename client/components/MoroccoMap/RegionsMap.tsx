// A programme on the map of Morocco: one circle per region at the middle of its provincial
// seats, sized and shaded by its participants, and each meeting's venue as a numbered diamond.
// Same picture as the support map (projection, graticule, colours); the caller puts the numbers
// in a table beside it for screen readers and keyboard users.
import { PROVINCES, REGIONS, provinceByCode } from '../../../shared/geo';
import type { GeoPoint } from '../../../shared/support';
import { HEIGHT, WIDTH, graticule, project } from './projection';
import styles from './MoroccoMap.module.css';

export interface MapVenue {
  key: string;
  /** Its number in the timeline. */
  label: string;
  title: string;
  point: GeoPoint;
}

interface Props {
  id: string;
  /** Participants by region code; null: a hidden small cell (drawn as the smallest circle). */
  counts: Record<string, number | null>;
  venues: MapVenue[];
  title: string;
  description: string;
  regionName: (code: string) => string;
}

const MIN_R = 3;
const MAX_R = 24;

/** The middle of a region's provincial seats. */
function regionCentre(code: string): GeoPoint {
  const seats = PROVINCES.filter((p) => p.regionCode === code);
  const n = Math.max(1, seats.length);
  return {
    lat: seats.reduce((s, p) => s + p.lat, 0) / n,
    lng: seats.reduce((s, p) => s + p.lng, 0) / n,
  };
}

/** Where a venue is: its own coordinates, else its province's seat. */
export function venuePoint(venue: { provinceCode: string; lat?: number; lng?: number }) {
  if (venue.lat !== undefined && venue.lng !== undefined) return { lat: venue.lat, lng: venue.lng };
  const seat = provinceByCode(venue.provinceCode);
  return seat ? { lat: seat.lat, lng: seat.lng } : null;
}

export default function RegionsMap({ id, counts, venues, title, description, regionName }: Props) {
  const max = Math.max(1, ...Object.values(counts).map((n) => n ?? 0));
  const regions = [...REGIONS].sort((a, b) => (counts[b.code] ?? 0) - (counts[a.code] ?? 0));
  return (
    <svg
      class={styles.map}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {graticule().map((l) => (
        <g key={l.label} class={styles.graticule}>
          <line x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
          <text x={l.x1 + 2} y={l.y1 - 2}>
            {l.label}
          </text>
        </g>
      ))}
      {regions.map((r) => {
        const n = counts[r.code];
        const { x, y } = project(regionCentre(r.code));
        const size = n ?? 1;
        const radius = n === 0 ? MIN_R : MIN_R + Math.sqrt(size / max) * (MAX_R - MIN_R);
        return (
          <circle
            key={r.code}
            class={n === 0 ? styles.empty : styles.province}
            cx={x}
            cy={y}
            r={radius}
            fill-opacity={n === 0 ? undefined : 0.3 + 0.5 * (size / max)}
            data-region={r.code}
            data-count={n ?? ''}
          >
            <title>{`${regionName(r.code)}: ${n ?? '<3'}`}</title>
          </circle>
        );
      })}
      {venues.map((v) => {
        const at = project(v.point);
        return (
          <g key={v.key} class={styles.venue} data-venue={v.key}>
            <rect
              x={at.x - 5}
              y={at.y - 5}
              width={10}
              height={10}
              transform={`rotate(45 ${at.x} ${at.y})`}
            >
              <title>{v.title}</title>
            </rect>
            <text x={at.x + 8} y={at.y + 4}>
              {v.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
