// "/me": the registrations made on this phone, their status (refreshed from the server when
// online) and each one's private link.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { usePageTitle } from '../../app/pageTitle';
import { refreshRegistrationStatuses } from '../../sync/registrations';
import { isOnline, onConnectivityChange, startOutbox } from '../../sync/triggers';
import { watchRegistrations, type RegistrationView } from '../../sync/watchRegistrations';
import RegistrationItem from './RegistrationItem';
import { mt } from './messages';
import styles from './MyRegistrations.module.css';

function useRegistrations(): RegistrationView[] | null {
  const [views, setViews] = useState<RegistrationView[] | null>(null);
  useEffect(() => watchRegistrations(setViews), []);
  return views;
}

/** Asks the server for fresh statuses now and each time the device comes back online. */
function useOnlineRefresh(): boolean {
  const [online, setOnline] = useState(isOnline);
  useEffect(() => {
    const abort = new AbortController();
    const refresh = () => void refreshRegistrationStatuses(abort.signal).catch(() => undefined);
    if (isOnline()) refresh();
    const stop = onConnectivityChange((now) => {
      setOnline(now);
      if (now) refresh();
    });
    return () => {
      stop();
      abort.abort();
    };
  }, []);
  return online;
}

export default function MyRegistrations({ locale }: { locale: Locale }) {
  useEffect(() => startOutbox(), []);
  usePageTitle(mt(locale, 'title'));
  const views = useRegistrations();
  const online = useOnlineRefresh();

  return (
    <section class={`${styles.page} stack`} aria-labelledby="me-title">
      <h1 id="me-title">{mt(locale, 'title')}</h1>
      <p>{mt(locale, 'intro')}</p>
      {!online && <p class="notice">{mt(locale, 'offline')}</p>}
      {views === null ? (
        <p role="status">{mt(locale, 'loading')}</p>
      ) : views.length === 0 ? (
        <p>
          {mt(locale, 'empty')} <a href="/">{mt(locale, 'meetings')}</a>
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
