// A wide table on a narrow screen: it scrolls inside its own region (focusable, so a keyboard
// can scroll it; labelled, so a screen reader says what it is), a hint says so while the table
// is wider than its place, and the page itself never widens.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { t } from '../../i18n';
import styles from './TableScroll.module.css';

interface Props {
  label: string;
  locale: Locale;
  children: ComponentChildren;
}

function useOverflowing(ref: { current: HTMLElement | null }): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflowing(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflowing;
}

export default function TableScroll({ label, locale, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const overflowing = useOverflowing(ref);
  const hint = t('staff:table.scrollHint', undefined, locale);
  return (
    <div class={styles.frame}>
      {overflowing && (
        <p class={styles.hint} aria-hidden="true">
          {hint}
        </p>
      )}
      <div
        ref={ref}
        class={styles.scroller}
        role="region"
        tabIndex={0}
        aria-label={overflowing ? `${label} — ${hint}` : label}
      >
        {children}
      </div>
    </div>
  );
}
