// The desk's four ways in, as ARIA tabs: big, one-handed, arrow keys move between them.
import type { ComponentChildren } from 'preact';
import styles from './CheckinDesk.module.css';

export interface Tab<K extends string> {
  key: K;
  label: string;
}

interface Props<K extends string> {
  label: string;
  tabs: Array<Tab<K>>;
  current: K;
  onSelect: (key: K) => void;
  children: ComponentChildren;
}

const tabId = (key: string) => `desk-tab-${key}`;
const panelId = (key: string) => `desk-panel-${key}`;

export default function Tabs<K extends string>({
  label,
  tabs,
  current,
  onSelect,
  children,
}: Props<K>) {
  function onKeyDown(e: KeyboardEvent) {
    const at = tabs.findIndex((t) => t.key === current);
    // Right-to-left pages read the row the other way: ArrowLeft moves forward there.
    const forward = document.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = document.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next = -1;
    if (e.key === forward) next = (at + 1) % tabs.length;
    else if (e.key === back) next = (at - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    const tab = tabs[next];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.key);
    document.getElementById(tabId(tab.key))?.focus();
  }

  return (
    <>
      <div class={styles.tabs} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.key}
            type="button"
            role="tab"
            id={tabId(t.key)}
            aria-selected={t.key === current}
            aria-controls={t.key === current ? panelId(t.key) : undefined}
            tabIndex={t.key === current ? 0 : -1}
            class={styles.tab}
            onClick={() => onSelect(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={panelId(current)}
        aria-labelledby={tabId(current)}
        class={styles.panel}
      >
        {children}
      </div>
    </>
  );
}
