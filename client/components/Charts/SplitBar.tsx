// One bar split between two or more parts (women and men), each part's share written under
// it; read at a glance, named in full for assistive technology.
import { chartSummary, type ChartItem } from './BarChart';
import { percentages, pointX, spanX, type Direction } from './layout';
import styles from './Charts.module.css';

interface Props {
  id: string;
  title: string;
  items: ChartItem[];
  dir: Direction;
  lang?: string;
}

const WIDTH = 320;
const BAR = 32;
const GAP = 2;

export function SplitBar({ id, title, items, dir, lang }: Props) {
  const total = items.reduce((sum, i) => sum + i.value, 0);
  const shares = percentages(items.map((i) => i.value));
  const captions = items.map((item, i) => ({
    label: item.label,
    value: `${item.value} (${shares[i] ?? 0}%)`,
  }));
  let offset = 0;
  const parts = items.map((item, i) => {
    const length = total > 0 ? (item.value / total) * WIDTH : 0;
    const start = offset;
    offset += length;
    return { item, start, length, tone: i % 2 === 0 ? styles.partA : styles.partB };
  });
  return (
    <svg
      class={styles.chart}
      viewBox={`0 0 ${WIDTH} ${BAR + 30}`}
      role="img"
      aria-labelledby={`${id}-title`}
      direction={dir}
      lang={lang}
      data-chart="split"
    >
      <title id={`${id}-title`}>{chartSummary(title, captions, lang)}</title>
      <rect class={styles.track} x="0" y="0" width={WIDTH} height={BAR} rx="3" />
      {parts.map(({ item, start, length, tone }) => {
        // A thin gap at the end of every part but the last one separates the colours.
        const drawn = Math.max(0, length - (start + length < WIDTH - 0.5 ? GAP : 0));
        return (
          <rect
            key={item.key}
            data-key={item.key}
            class={tone}
            x={spanX(dir, WIDTH, start, drawn)}
            y="0"
            width={drawn}
            height={BAR}
          />
        );
      })}
      {captions.map((caption, i) => {
        const last = i === captions.length - 1 && i > 0;
        return (
          <text
            key={items[i]?.key}
            class={styles.label}
            x={pointX(dir, WIDTH, last ? WIDTH : (parts[i]?.start ?? 0))}
            y={BAR + 18}
            text-anchor={last ? 'end' : 'start'}
          >
            {`${caption.label} ${caption.value}`}
          </text>
        );
      })}
    </svg>
  );
}
