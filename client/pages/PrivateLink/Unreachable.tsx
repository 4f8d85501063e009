// The server could not be asked and this phone has no copy yet (or the server refused to
// answer for now): why, in the person's language, and a way to try again.
import type { Locale } from '../../../shared/enums';
import RetryNotice from '../../components/RetryNotice';
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
      <RetryNotice
        text={message ?? t('registration:offlineNever', undefined, locale)}
        locale={locale}
        onRetry={onRetry}
      />
    </section>
  );
}
