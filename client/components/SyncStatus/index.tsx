// The header's outbox line: how many writes wait, are being sent, or were refused; announced
// to screen readers as it changes.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { OutboxEntry } from '../../store/types';
import { syncText } from '../../sync/messages';
import { subscribe } from '../../sync/outbox';
import { isOnline, onConnectivityChange } from '../../sync/triggers';
import styles from './SyncStatus.module.css';

interface Counts {
  waiting: number;
  sending: number;
  refused: number;
  sent: number;
}

export function countEntries(entries: OutboxEntry[]): Counts {
  const counts: Counts = { waiting: 0, sending: 0, refused: 0, sent: 0 };
  for (const entry of entries) counts[entry.state]++;
  return counts;
}

function useOutboxCounts(): Counts | null {
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => subscribe((entries) => setCounts(countEntries(entries))), []);
  return counts;
}

function useOnline(): boolean {
  const [online, setOnline] = useState(isOnline);
  useEffect(() => onConnectivityChange(setOnline), []);
  return online;
}

export default function SyncStatus({ locale }: { locale: Locale }) {
  const counts = useOutboxCounts();
  const online = useOnline();
  const pending = counts ? counts.waiting + counts.sending : 0;

  let tone: 'idle' | 'busy' | 'waiting' | 'refused' | 'done' = 'idle';
  let text = '';
  if (counts && counts.sending > 0) {
    tone = 'busy';
    text = syncText(locale, 'sending');
  } else if (pending > 0) {
    tone = 'waiting';
    text = syncText(locale, online ? 'waiting' : 'waitingOffline', { n: pending });
  } else if (counts && counts.sent > 0 && counts.refused === 0) {
    tone = 'done';
    text = syncText(locale, 'allSent');
  }
  const refused = counts?.refused ?? 0;

  // The live region is always in the page (empty when there is nothing to say): screen
  // readers only announce changes to regions that already existed.
  return (
    <div class={styles.status} data-tone={tone} role="status" aria-live="polite" aria-atomic="true">
      {text && <span class={styles.line}>{text}</span>}
      {refused > 0 && (
        <a class={styles.refused} href="/me">
          {syncText(locale, 'refused', { n: refused })}
        </a>
      )}
    </div>
  );
}
