// The one loader of words: by area and language. Arabic's shared words ship with the app; every
// other file is its own small chunk, fetched with its screen's code (lazyComponent) or when a
// person switches language, so Arabic readers never download French or English.
import type { Locale } from '../../shared/enums';
import common from './ar/common';
import type { Area, Catalogue } from './areas';
import type { Loaded } from './translate';

const files = import.meta.glob<{ default: Catalogue }>([
  './*/*.ts',
  '!./ar/common.ts',
  '!./**/*.test.ts',
]);

/** The words in memory, by language then area. */
export const loaded: Loaded = {
  ar: { common },
  fr: {},
  en: {},
};

const pending = new Map<string, Promise<void>>();

function loadOne(locale: Locale, area: Area): Promise<void> {
  if (loaded[locale][area]) return Promise.resolve();
  const name = `./${locale}/${area}.ts`;
  let promise = pending.get(name);
  if (!promise) {
    const file = files[name];
    if (!file) return Promise.reject(new Error(`no words for ${area} in ${locale}`));
    promise = file().then(
      (m) => void (loaded[locale][area] = m.default),
      (err: unknown) => {
        pending.delete(name); // the next attempt fetches again
        throw err;
      },
    );
    pending.set(name, promise);
  }
  return promise;
}

/**
 * Resolves once the areas' words are in memory in Arabic (rejects if they cannot be fetched:
 * the screen cannot show) and, if possible, in the locale (a language file that cannot be
 * fetched offline leaves those words in Arabic).
 */
export function loadWords(areas: readonly Area[], locale: Locale): Promise<void> {
  const arabic = Promise.all(areas.map((area) => loadOne('ar', area)));
  const wanted = locale === 'ar' ? [] : areas.map((area) => loadOne(locale, area).catch(() => {}));
  return Promise.all([arabic, ...wanted]).then(() => undefined);
}

/**
 * A new language for the app's shared words and every area already shown: rejects if the shared
 * words cannot be fetched (the language is not offered yet); an area that cannot stays Arabic.
 */
export function loadLanguage(locale: Locale): Promise<void> {
  if (locale === 'ar') return Promise.resolve();
  const shown = Object.keys(loaded.ar).filter((area) => area !== 'common') as Area[];
  return Promise.all([
    loadOne(locale, 'common'),
    ...shown.map((area) => loadOne(locale, area).catch(() => {})),
  ]).then(() => undefined);
}

export function hasLanguage(locale: Locale): boolean {
  return loaded[locale].common !== undefined;
}
