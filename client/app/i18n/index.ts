// The app's words: t(key, params) in the current language, and the language store.
import type { Locale } from '../../../shared/enums';
import { formatWallClock, formatWallDate, formatWallDateTime } from '../../../shared/time/wallTime';
import type { MessageKey } from './ar';
import { catalogues } from './catalogues';
import { getLocale } from './locale';
import { translate, type Params } from './translate';

export { getLocale, setLocale, useLocale, directionOf } from './locale';
export { pickText, type LocalizedText } from './translate';
export type { MessageKey } from './ar';

export function t(key: MessageKey, params?: Params, locale: Locale = getLocale()): string {
  return translate(catalogues, locale, key, params);
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
