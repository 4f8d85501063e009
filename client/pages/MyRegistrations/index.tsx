// "/me": the registrations made on this phone, their status (followed live: from the server
// while the page is open, from this phone's other tabs as they change it) and each one's
// private link.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { usePageTitle } from '../../app/pageTitle';
import { refreshRegistrationStatuses } from '../../sync/registrations';
import { isOnline, onConnectivityChange, startWriteQueue } from '../../sync/triggers';
import { watchRegistrations, type RegistrationView } from '../../sync/watchRegistrations';
import RegistrationItem from './RegistrationItem';
import styles from './MyRegistrations.module.css';
import { t } from '../../i18n';

function useRegistrations(): RegistrationView[] | null {
  const [views, setViews] = useState<RegistrationView[] | null>(null);
  useEffect(() => watchRegistrations(setViews), []);
  return views;
}

/** While the page stays open and in view, statuses are asked for again this often. */
const REFRESH_EVERY_MS = 60_000;

/**
 * Asks the server for fresh statuses now, each time the device comes back online or the person
 * comes back to the page, and every minute while it is in view: an organizer may accept someone
 * from the waiting list while the page is open. (Changes made on this phone, in any tab, arrive
 * through the write queue's change events.)
 */
function useLiveRefresh(): boolean {
  const [online, setOnline] = useState(isOnline);
  useEffect(() => {
    const abort = new AbortController();
    let running = false;
    // Asked again while a read is on its way (which may have left before the change it is
    // asked for): one more read follows it, rather than none until the next minute.
    let again = false;
    const refresh = () => {
      if (!isOnline() || document.visibilityState !== 'visible') return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      void refreshRegistrationStatuses(abort.signal)
        .catch(() => undefined)
        .finally(() => {
          running = false;
          if (again && !abort.signal.aborted) {
            again = false;
            refresh();
          }
        });
    };
    refresh();
    const stop = onConnectivityChange((now) => {
      setOnline(now);
      if (now) refresh();
    });
    const timer = window.setInterval(refresh, REFRESH_EVERY_MS);
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener('focus', refresh);
    return () => {
      stop();
      abort.abort();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener('focus', refresh);
    };
  }, []);
  return online;
}

export default function MyRegistrations({ locale }: { locale: Locale }) {
  useEffect(() => startWriteQueue(), []);
  usePageTitle(t('myRegistrations:title', undefined, locale));
  const views = useRegistrations();
  const online = useLiveRefresh();

  return (
    <section class={`${styles.page} stack`} aria-labelledby="me-title">
      <h1 id="me-title">{t('myRegistrations:title', undefined, locale)}</h1>
      <p>{t('myRegistrations:intro', undefined, locale)}</p>
      {!online && <p class="notice">{t('myRegistrations:offline', undefined, locale)}</p>}
      {views === null ? (
        <p role="status">{t('myRegistrations:loading', undefined, locale)}</p>
      ) : views.length === 0 ? (
        <p>
          {t('myRegistrations:empty', undefined, locale)}{' '}
          <a href="/">{t('myRegistrations:meetings', undefined, locale)}</a>
        </p>
      ) : (
        <ul class={styles.list}>
          {views.map((view) => (
            <RegistrationItem key={view.record.id} view={view} locale={locale} />
          ))}
        </ul>
      )}
    </section>
  );
}
