// Where registrants come from: one circle per province at its seat, sized and shaded by the
// number of registrants, the venue marked, and rings at the support thresholds. Drawn from
// the geography the app ships (no map tiles, no network); the caller puts the same numbers in
// a table beside it for screen readers and keyboard users.
import { PROVINCES } from '../../../shared/geo';
import { ROAD_FACTOR, type GeoPoint } from '../../../shared/support';
import { HEIGHT, WIDTH, graticule, groundCircle, project } from './projection';
import styles from './MoroccoMap.module.css';

export interface DistanceBand {
  /** Road km, as the eligibility rule counts them. */
  roadKm: number;
  label: string;
}

interface Props {
  counts: Record<string, number>;
  venue: GeoPoint;
  venueLabel: string;
  bands: DistanceBand[];
  title: string;
  description: string;
  placeName: (code: string) => string;
}

const MIN_R = 2.5;
const MAX_R = 16;

export default function MoroccoMap({
  counts,
  venue,
  venueLabel,
  bands,
  title,
  description,
  placeName,
}: Props) {
  const max = Math.max(1, ...Object.values(counts));
  const at = project(venue);
  // Largest first, so small circles stay on top and visible; the rings and the venue on top of all.
  const provinces = [...PROVINCES].sort((a, b) => (counts[b.code] ?? 0) - (counts[a.code] ?? 0));
  return (
    <svg
      class={styles.map}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="morocco-map-title morocco-map-desc"
    >
      <title id="morocco-map-title">{title}</title>
      <desc id="morocco-map-desc">{description}</desc>
      {graticule().map((l) => (
        <g key={l.label} class={styles.graticule}>
          <line x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
          <text x={l.x1 + 2} y={l.y1 - 2}>
            {l.label}
          </text>
        </g>
      ))}
      {provinces.map((p) => {
        const n = counts[p.code] ?? 0;
        const { x, y } = project(p);
        const r = n === 0 ? MIN_R : MIN_R + Math.sqrt(n / max) * (MAX_R - MIN_R);
        return (
          <circle
            key={p.code}
            class={n === 0 ? styles.empty : styles.province}
            cx={x}
            cy={y}
            r={r}
            fill-opacity={n === 0 ? undefined : 0.35 + 0.55 * (n / max)}
            data-province={p.code}
            data-count={n}
          >
            <title>{`${placeName(p.code)}: ${n}`}</title>
          </circle>
        );
      })}
      {bands.map((band) => {
        // A province inside the ring is less than `roadKm` away by the rule's own estimate.
        const { rx, ry } = groundCircle(venue, band.roadKm / ROAD_FACTOR);
        return (
          <g key={band.label} class={styles.band}>
            <ellipse cx={at.x} cy={at.y} rx={rx} ry={ry} />
            <text x={at.x} y={at.y - ry - 2} text-anchor="middle">
              {band.label}
            </text>
          </g>
        );
      })}
      <g class={styles.venue}>
        <rect
          x={at.x - 5}
          y={at.y - 5}
          width={10}
          height={10}
          transform={`rotate(45 ${at.x} ${at.y})`}
        />
        <text x={at.x + 9} y={at.y + 4}>
          {venueLabel}
        </text>
      </g>
    </svg>
  );
}
