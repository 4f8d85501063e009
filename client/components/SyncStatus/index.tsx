// The header's queue line: how many things wait (check-ins, not batches), are being sent, or
// were refused, each refusal pointing to the page that deals with it; announced to screen
// readers as it changes.
import type { Locale } from '../../../shared/enums';
import { useOnline } from '../../actions/queue/useOnline';
import { useQueueCounts } from '../../actions/queue/useQueueCounts';
import styles from './SyncStatus.module.css';
import { t } from '../../i18n';

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
