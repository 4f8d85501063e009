// "/me": the registrations made on this phone, their status (followed live: from the server
// while the page is open, from this phone's other tabs as they change it) and each one's
// private link.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { usePageTitle } from '../../app/pageTitle';
import {
  watchRegistrations,
  type RegistrationView,
} from '../../actions/registration/followMyRegistrations';
import { keepStatusesFresh } from '../../actions/registration/refreshMyRegistrations';
import { useOnline } from '../../actions/queue/useOnline';
import RegistrationItem from './RegistrationItem';
import styles from './MyRegistrations.module.css';
import { t } from '../../i18n';

function useRegistrations(): RegistrationView[] | null {
  const [views, setViews] = useState<RegistrationView[] | null>(null);
  useEffect(() => watchRegistrations(setViews), []);
  return views;
}

export default function MyRegistrations({ locale }: { locale: Locale }) {
  usePageTitle(t('myRegistrations:title', undefined, locale));
  const views = useRegistrations();
  const online = useOnline();
  useEffect(() => keepStatusesFresh(), []);

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
