// Words looked up by area and filled in (shared/i18n/fill: the one fill rule), and text in
// several languages picked for a reader.
import type { Locale } from '../../shared/enums';
import { fill, type Params } from '../../shared/i18n/fill';
import type { Catalogue } from './areas';

export type { Params };
/** The words in memory, by language then area. */
export type Loaded = Record<Locale, Partial<Record<string, Catalogue>>>;

/** `support:title` → ['support', 'title']; a bare key is one of the app's shared words. */
export function splitKey(key: string): [area: string, word: string] {
  const cut = key.indexOf(':');
  return cut < 0 ? ['common', key] : [key.slice(0, cut), key.slice(cut + 1)];
}

/** The word in the locale, else in Arabic (else the key itself, visible), filled in. */
export function translate(words: Loaded, locale: Locale, key: string, params?: Params): string {
  const [area, word] = splitKey(key);
  return fill(words[locale][area]?.[word] || words.ar[area]?.[word] || key, params);
}

/** Text a person reads in several languages: the wanted one, else Arabic (always present). */
export interface LocalizedText {
  ar: string;
  fr?: string;
  en?: string;
}

/** The text in the locale (or Arabic), and the language it actually is in, for `lang`. */
export function pickText(
  text: LocalizedText | string | undefined,
  locale: Locale,
): { value: string; lang: Locale } {
  if (text === undefined) return { value: '', lang: locale };
  // A plain string's language is unknown: it is not marked as another one.
  if (typeof text === 'string') return { value: text, lang: locale };
  const wanted = text[locale]?.trim();
  if (wanted) return { value: wanted, lang: locale };
  return { value: text.ar, lang: 'ar' };
}
