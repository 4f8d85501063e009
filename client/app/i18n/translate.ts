// Looks a message up in a language, falls back to Arabic, and fills in {parameters}.
import type { Locale } from '../../../shared/enums';
import type { Catalogue, MessageKey } from './ar';

export type Params = Record<string, string | number>;
export type Catalogues = Partial<Record<Locale, Partial<Catalogue>>> & { ar: Catalogue };

export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(
  catalogues: Catalogues,
  locale: Locale,
  key: MessageKey,
  params?: Params,
): string {
  const template = catalogues[locale]?.[key] || catalogues.ar[key] || key;
  return fill(template, params);
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
