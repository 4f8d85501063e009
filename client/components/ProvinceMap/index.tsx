// Where participants come from: a dot for each of the 75 provinces at its seat, and a circle
// whose area grows with the number of people from there. One image to assistive technology,
// named with the provinces in order of size (the full numbers are in the table beside it).
import { PROVINCES } from '../../../shared/geo';
import { MAP_HEIGHT, MAP_WIDTH, project, radius } from './projection';
import styles from './ProvinceMap.module.css';

interface Props {
  id: string;
  title: string;
  counts: Record<string, number | null>;
  /** The province's name in the language of the title. */
  nameOf: (code: string) => string;
  lang?: string;
  /** How many provinces the text alternative names before "…". */
  named?: number;
}

export default function ProvinceMap({ id, title, counts, nameOf, lang, named = 10 }: Props) {
  const placed = PROVINCES.map((p) => ({
    ...p,
    n: counts[p.code] ?? 0,
    at: project(p.lat, p.lng),
  }));
  const largest = Math.max(0, ...placed.map((p) => p.n));
  const ranked = placed.filter((p) => p.n > 0).sort((a, b) => b.n - a.n);
  const comma = lang === 'ar' ? '، ' : ', ';
  const listed = ranked.slice(0, named).map((p) => `${nameOf(p.code)} ${p.n}`);
  if (ranked.length > named) listed.push('…');
  return (
    <svg
      class={styles.map}
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title`}
      lang={lang}
      data-chart="map"
    >
      <title id={`${id}-title`}>{`${title}: ${listed.join(comma)}`}</title>
      {placed.map((p) => (
        <circle key={p.code} class={styles.seat} cx={p.at.x} cy={p.at.y} r="1.5" />
      ))}
      {/* Largest first, so that small circles stay visible on top of large ones. */}
      {ranked.map((p) => (
        <circle
          key={`n-${p.code}`}
          data-province={p.code}
          class={styles.count}
          cx={p.at.x}
          cy={p.at.y}
          r={radius(p.n, largest)}
        />
      ))}
    </svg>
  );
}
