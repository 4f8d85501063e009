// Something could not be read, in plain words, with a way to try again; announced as it appears.
import type { Locale } from '../../../shared/enums';
import { t } from '../../i18n';

interface Props {
  text: string;
  locale: Locale;
  onRetry: () => void;
}

export default function RetryNotice({ text, locale, onRetry }: Props) {
  return (
    <div class="notice notice--error stack" role="alert">
      <p>{text}</p>
      <button type="button" class="button" onClick={onRetry}>
        {t('shell.retry', undefined, locale)}
      </button>
    </div>
  );
}
