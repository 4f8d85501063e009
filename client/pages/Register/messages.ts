// The registration page's words. Arabic ships with the page; French and English are fetched
// when chosen, so a phone on 3G downloads only the language it reads. Validation messages
// come from the shared catalogue (the same ones the server sends).
import { useEffect, useState } from 'preact/hooks';
import type { AccessibilityNeed, AgeBand, Gender, Locale, Role } from '../../../shared/enums';
import { ar } from './messages.ar';

export interface CatalogueShape {
  text: Record<string, string>;
  gender: Record<Gender, string>;
  ageBand: Record<AgeBand, string>;
  role: Record<Role, string>;
  accessibility: Record<AccessibilityNeed, string>;
}

export type RegisterMessageKey = keyof typeof ar.text;
export type RegisterCatalogue = Omit<CatalogueShape, 'text'> & {
  text: Record<RegisterMessageKey, string>;
};

const loaded: Partial<Record<Locale, RegisterCatalogue>> = { ar };

function load(locale: Locale): Promise<RegisterCatalogue> {
  if (locale === 'fr') return import('./messages.fr').then((m) => m.fr);
  if (locale === 'en') return import('./messages.en').then((m) => m.en);
  return Promise.resolve(ar);
}

/** True once the locale's words are here; until then the page shows its loading state. */
export function useCatalogue(locale: Locale): boolean {
  const [, setReady] = useState(0);
  useEffect(() => {
    if (loaded[locale]) return;
    let alive = true;
    load(locale).then(
      (catalogue) => {
        loaded[locale] = catalogue;
        if (alive) setReady((n) => n + 1);
      },
      // Chunk unreachable (offline before it was cached): Arabic rather than nothing.
      () => {
        loaded[locale] = ar;
        if (alive) setReady((n) => n + 1);
      },
    );
    return () => {
      alive = false;
    };
  }, [locale]);
  return Boolean(loaded[locale]);
}

/** The words of the form's choices (gender, age bands, roles, accessibility needs). */
export function labelsFor(locale: Locale): RegisterCatalogue {
  return loaded[locale] ?? ar;
}

export function rt(
  locale: Locale,
  key: RegisterMessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = (loaded[locale] ?? ar).text[key] || ar.text[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
