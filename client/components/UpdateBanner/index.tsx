// "A new version is available — Update": shown when a new service worker waits, never forced.
import type { Locale } from '../../../shared/enums';
import { t } from '../../i18n';
import { applyUpdate, useUpdateWaiting } from '../../app/serviceWorker';
import styles from './UpdateBanner.module.css';

export default function UpdateBanner({ locale }: { locale: Locale }) {
  const waiting = useUpdateWaiting();
  return (
    <div role="status" class={waiting ? styles.banner : undefined}>
      {waiting && (
        <div class={`container ${styles.inner}`}>
          <span>{t('update.available', undefined, locale)}</span>
          <button type="button" class="button button--secondary" onClick={() => void applyUpdate()}>
            {t('update.reload', undefined, locale)}
          </button>
        </div>
      )}
    </div>
  );
}
