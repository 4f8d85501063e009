// The server could not be asked and this phone has no copy yet (or the server refused to
// answer for now): why, in the person's language, and a way to try again.
import type { Locale } from '../../../shared/enums';
import { t } from '../../i18n';

export default function Unreachable({
  message,
  locale,
  onRetry,
}: {
  /** The server's own words (the problem's title), when it did answer. */
  message?: string;
  locale: Locale;
  onRetry: () => void;
}) {
  return (
    <section class="stack" aria-labelledby="unreachable-title">
      <h1 id="unreachable-title">{t('registration:title', undefined, locale)}</h1>
      <div class="notice notice--error stack" role="alert">
        <p>{message ?? t('registration:offlineNever', undefined, locale)}</p>
        <button type="button" class="button" onClick={onRetry}>
          {t('registration:retry', undefined, locale)}
        </button>
      </div>
    </section>
  );
}
