// Names and reasons the e-mail screen shows that come from the API: a kind of message, a failure.
import type { Locale } from '../../../shared/enums';
import { ApiError } from '../../api/http';
import { hasWord, t, type WordOf } from '../../i18n';

/** The kind's name; an unknown kind (a newer server) shows as the API names it. */
export function kindName(locale: Locale, kind: string): string {
  const key = `staffOutbox:kind.${kind}`;
  return hasWord(key) ? t(key, undefined, locale) : kind;
}

/** Why something failed: the server's own words (in the request's language), else `fallback`. */
export function failureReason(
  error: unknown,
  locale: Locale,
  fallback: WordOf<'staffOutbox'> = 'network',
): string {
  return error instanceof ApiError && error.code !== 'network' && error.code !== 'unknown'
    ? error.message
    : t(`staffOutbox:${fallback}`, undefined, locale);
}
