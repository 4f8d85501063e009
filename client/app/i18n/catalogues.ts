// The catalogues in memory: Arabic ships with the app (the default, and every fallback);
// French and English load when first needed, so Arabic readers never download them.
import type { Locale } from '../../../shared/enums';
import { ar } from './ar';
import type { Catalogues } from './translate';

export const catalogues: Catalogues = { ar };

const loaders: Record<Exclude<Locale, 'ar'>, () => Promise<void>> = {
  fr: () => import('./fr').then((m) => void (catalogues.fr = m.fr)),
  en: () => import('./en').then((m) => void (catalogues.en = m.en)),
};

export function hasCatalogue(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/** Resolves once the locale's words are in memory (rejects if they cannot be fetched). */
export function loadCatalogue(locale: Locale): Promise<void> {
  return locale === 'ar' || hasCatalogue(locale) ? Promise.resolve() : loaders[locale]();
}
