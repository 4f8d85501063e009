// Why a screen's data did not come, in plain words, with a way to try again.
import type { Locale } from '../../../shared/enums';
import { refusalOf } from '../../actions/refusal';
import { t } from '../../i18n';
import RetryNotice from '../RetryNotice';

interface Props {
  error: unknown;
  locale: Locale;
  onRetry: () => void;
  /** What to say when the thing does not exist (404). */
  notFound?: string;
}

export default function LoadError({ error, locale, onRetry, notFound }: Props) {
  const refusal = refusalOf(error, locale);
  if (refusal.status === 404 && notFound) {
    return (
      <div class="stack">
        <h1>{t('notFound.title', undefined, locale)}</h1>
        <p class="notice notice--error">{notFound}</p>
        <p>
          <a href="/">{t('shell.home', undefined, locale)}</a>
        </p>
      </div>
    );
  }
  return <RetryNotice text={refusal.text} locale={locale} onRetry={onRetry} />;
}
