// The app's words: t(key, params, locale), the one translate function for every screen, and
// the language store. Arabic is the fallback of every word in every language.
import type { Locale } from '../../shared/enums';
import { formatWallClock, formatWallDate, formatWallDateTime } from '../../shared/time/wallTime';
import type { MessageKey } from './areas';
import { loaded } from './load';
import { getLocale } from './locale';
import { splitKey, translate, type Params } from './translate';

export { getLocale, setLocale, useLocale, directionOf } from './locale';
export { loadWords } from './load';
export { pickText, type LocalizedText, type Params } from './translate';
export type { Area, MessageKey, WordOf } from './areas';

/** `t('shell.retry')`, `t('support:title', { n: 2 }, locale)`: the word in the locale, else Arabic. */
export function t(key: MessageKey, params?: Params, locale: Locale = getLocale()): string {
  return translate(loaded, locale, key, params);
}

/** Whether `key` names a word (enum values a newer server may add, read from the API). */
export function hasWord(key: string): key is MessageKey {
  const [area, word] = splitKey(key);
  return loaded.ar[area]?.[word] !== undefined;
}

// The API's instants carry the meeting's own offset: the wall time in them is Morocco's, so no
// time zone data is needed here (and the device's own zone, often wrong, is never used).

/** "السبت 12 ديسمبر 2026 09:00 بتوقيت المغرب" */
export function moroccoDateTime(iso: string, locale: Locale = getLocale()): string {
  return `${formatWallDateTime(iso, locale)} ${t('shell.moroccoTime', undefined, locale)}`;
}

export function moroccoDate(iso: string, locale: Locale = getLocale()): string {
  return formatWallDate(iso, locale);
}

/** "من 09:00 إلى 15:30 بتوقيت المغرب" */
export function moroccoTimeRange(
  startIso: string,
  endIso: string,
  locale: Locale = getLocale(),
): string {
  const range = t(
    'meeting.timeRange',
    { start: formatWallClock(startIso), end: formatWallClock(endIso) },
    locale,
  );
  return `${range} ${t('shell.moroccoTime', undefined, locale)}`;
}

/** Place names exist in Arabic and French; English readers get the French (official) form. */
export function placeName(name: { ar: string; fr: string }, locale: Locale = getLocale()): string {
  return locale === 'ar' ? name.ar : name.fr;
}
