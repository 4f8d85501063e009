// The server could not be asked and this phone has no copy yet (or the server refused to
// answer for now): why, in the person's language, and a way to try again.
import type { Locale } from '../../../shared/enums';
import { mt } from './messages';

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
      <h1 id="unreachable-title">{mt(locale, 'title')}</h1>
      <div class="notice notice--error stack" role="alert">
        <p>{message ?? mt(locale, 'offlineNever')}</p>
        <button type="button" class="button" onClick={onRetry}>
          {mt(locale, 'retry')}
        </button>
      </div>
    </section>
  );
}
