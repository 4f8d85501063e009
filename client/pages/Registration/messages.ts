// The private link page's words. Arabic ships with the page; French and English are fetched
// when chosen. Field labels and choice names are the registration form's own (one wording).
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { useCatalogue as useFormWords } from '../Register/messages';
import { ar } from './messages.ar';

export type RegistrationMessageKey = keyof typeof ar;
export type RegistrationCatalogue = Record<RegistrationMessageKey, string>;

const loaded: Partial<Record<Locale, RegistrationCatalogue>> = { ar };

function load(locale: Locale): Promise<RegistrationCatalogue> {
  if (locale === 'fr') return import('./messages.fr').then((m) => m.fr);
  if (locale === 'en') return import('./messages.en').then((m) => m.en);
  return Promise.resolve(ar);
}

function usePageWords(locale: Locale): boolean {
  const [, setReady] = useState(0);
  useEffect(() => {
    if (loaded[locale]) return;
    let alive = true;
    const done = (catalogue: RegistrationCatalogue) => {
      loaded[locale] = catalogue;
      if (alive) setReady((n) => n + 1);
    };
    // Chunk unreachable (offline before it was cached): Arabic rather than nothing.
    load(locale).then(done, () => done(ar));
    return () => {
      alive = false;
    };
  }, [locale]);
  return Boolean(loaded[locale]);
}

/** True once both this page's words and the form's are in memory for the locale. */
export function useWords(locale: Locale): boolean {
  const page = usePageWords(locale);
  const form = useFormWords(locale);
  return page && form;
}

export function mt(
  locale: Locale,
  key: RegistrationMessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = (loaded[locale] ?? ar)[key] || ar[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Whether the catalogue has a word for this key (enum values the server may add to later). */
export function hasWord(key: string): key is RegistrationMessageKey {
  return key in ar;
}
