// "12 registrations": how many rows the search and filters give, announced as it changes; and
// why the list could not be read, with a way to try again.
import type { Locale } from '../../../shared/enums';
import { SEARCH_RESULTS_MAX } from '../../../shared/search/rank';
import { t } from '../../i18n';
import LoadError from '../../components/LoadError';
import { countText } from './countText';
import type { RegistrationList } from './useRegistrationList';
import styles from './Registrations.module.css';

interface Props {
  list: RegistrationList;
  /** A search answers its closest SEARCH_RESULTS_MAX only: then the count says so. */
  searched: boolean;
  onRetry: () => void;
  locale: Locale;
}

export function ResultCount({ list, searched, onRetry, locale }: Props) {
  let text = '';
  if (list.rows && !list.loading) {
    text =
      list.rows.length === 0
        ? t('staff:reg.results.none', undefined, locale)
        : searched && list.rows.length >= SEARCH_RESULTS_MAX
          ? t('staff:reg.results.best', { n: list.rows.length }, locale)
          : countText('reg.results', list.rows.length, locale);
    // Say what the number counts: the glance's "registered" leaves the cancelled out.
    const cancelled = list.rows.filter((r) => r.status === 'cancelled').length;
    if (cancelled > 0) text += ` ${t('staff:reg.results.cancelled', { n: cancelled }, locale)}`;
  }
  return (
    <>
      {/* Always in the page, so screen readers hear each new count. */}
      <p class={styles.resultCount} role="status" aria-atomic="true">
        {text}
      </p>
      {list.error !== null && !list.loading && (
        <LoadError error={list.error} locale={locale} onRetry={onRetry} />
      )}
    </>
  );
}
