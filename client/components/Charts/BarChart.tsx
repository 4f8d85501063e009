// Horizontal bars, one per category, drawn in the reading direction: label, bar, number. The
// chart is one image to assistive technology, named by its title and every label with its
// number (the same numbers are in the table beside it).
import { barLengths, pointX, spanX, type Direction } from './layout';
import styles from './Charts.module.css';

export interface ChartItem {
  key: string;
  label: string;
  value: number;
  /** What to write instead of the number (a hidden small cell: "<3"). */
  text?: string;
}

interface Props {
  id: string;
  title: string;
  items: ChartItem[];
  dir: Direction;
  lang?: string;
}

const WIDTH = 320;
const ROW = 26;
const LABEL = 125;
const GAP = 6;
const NUMBER = 30;

/** "الفئة العمرية: ما بين 18 و 30 سنة 7، …" — what the chart shows, as a sentence. */
export function chartSummary(
  title: string,
  items: Array<{ label: string; value: number | string; text?: string }>,
  lang?: string,
): string {
  const comma = lang === 'ar' ? '، ' : ', ';
  return `${title}: ${items.map((i) => `${i.label} ${i.text ?? i.value}`).join(comma)}`;
}

export function BarChart({ id, title, items, dir, lang }: Props) {
  const lengths = barLengths(
    items.map((i) => i.value),
    WIDTH - LABEL - GAP - NUMBER,
  );
  const height = items.length * ROW;
  return (
    <svg
      class={styles.chart}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      direction={dir}
      lang={lang}
      data-chart="bars"
    >
      <title id={`${id}-title`}>{chartSummary(title, items, lang)}</title>
      {items.map((item, i) => {
        const length = lengths[i] ?? 0;
        const y = i * ROW;
        return (
          <g key={item.key} data-key={item.key}>
            <text
              class={styles.label}
              x={pointX(dir, WIDTH, LABEL)}
              y={y + ROW / 2}
              text-anchor="end"
              dominant-baseline="central"
            >
              {item.label}
            </text>
            <rect
              class={styles.bar}
              x={spanX(dir, WIDTH, LABEL + GAP, length)}
              y={y + 4}
              width={Math.max(length, 0)}
              height={ROW - 8}
              rx="2"
            />
            <text
              class={styles.value}
              x={pointX(dir, WIDTH, LABEL + GAP + length + 4)}
              y={y + ROW / 2}
              text-anchor="start"
              dominant-baseline="central"
            >
              {item.text ?? item.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
