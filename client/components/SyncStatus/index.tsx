// The header's queue line: how many things wait (check-ins, not batches), are being sent, or
// were refused, each refusal pointing to the page that deals with it; announced to screen
// readers as it changes.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { QueuedWrite } from '../../store/types';
import { deskPageOf, itemsIn } from '../../sync/entryScope';
import { subscribe } from '../../sync/writeQueue';
import { isOnline, onConnectivityChange } from '../../sync/triggers';
import styles from './SyncStatus.module.css';
import { t } from '../../i18n';

interface Counts {
  /** Things (check-ins, registrations…), not entries: a desk's batch counts its check-ins. */
  waiting: number;
  sending: number;
  refused: number;
  sent: number;
  /** Refused writes of a check-in desk, and the desk's page that deals with them. */
  deskRefused: number;
  deskPage: string | null;
}

export function countEntries(entries: QueuedWrite[]): Counts {
  const counts: Counts = {
    waiting: 0,
    sending: 0,
    refused: 0,
    sent: 0,
    deskRefused: 0,
    deskPage: null,
  };
  for (const entry of entries) {
    const desk = entry.state === 'refused' ? deskPageOf(entry) : null;
    if (desk) {
      counts.deskRefused += itemsIn(entry);
      counts.deskPage ??= desk;
    } else counts[entry.state] += itemsIn(entry);
  }
  return counts;
}

function useQueueCounts(): Counts | null {
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
  const counts = useQueueCounts();
  const online = useOnline();
  const pending = counts ? counts.waiting + counts.sending : 0;

  let tone: 'idle' | 'busy' | 'waiting' | 'refused' | 'done' = 'idle';
  let text = '';
  if (counts && counts.sending > 0) {
    tone = 'busy';
    text = t('sync.sending', undefined, locale);
  } else if (pending > 0) {
    tone = 'waiting';
    text = t(online ? 'sync.waiting' : 'sync.waitingOffline', { n: pending }, locale);
  } else if (counts && counts.sent > 0 && counts.refused + counts.deskRefused === 0) {
    tone = 'done';
    text = t('sync.allSent', undefined, locale);
  }
  const refused = counts?.refused ?? 0;
  const deskRefused = counts?.deskRefused ?? 0;

  // The live region is always in the page (empty when there is nothing to say): screen
  // readers only announce changes to regions that already existed.
  return (
    <div class={styles.status} data-tone={tone} role="status" aria-live="polite" aria-atomic="true">
      {text && <span class={styles.line}>{text}</span>}
      {refused > 0 && (
        <a class={styles.refused} href="/me">
          {t('sync.refused', { n: refused }, locale)}
        </a>
      )}
      {deskRefused > 0 && counts?.deskPage && (
        <a class={styles.refused} href={counts.deskPage}>
          {t('sync.deskRefused', { n: deskRefused }, locale)}
        </a>
      )}
    </div>
  );
}
