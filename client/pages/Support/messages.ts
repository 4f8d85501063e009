// The support request page's words. Arabic ships with the page; French and English are fetched
// when chosen, so a phone on 3G downloads only the language it reads. The reasons themselves
// come from the shared rule (shared/support/reasons.ts), so the phone and the server word them
// alike.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { ar } from './messages.ar';

export type SupportWord = keyof typeof ar;
export type SupportCatalogue = Record<SupportWord, string>;

const loaded: Partial<Record<Locale, SupportCatalogue>> = { ar };

function load(locale: Locale): Promise<SupportCatalogue> {
  if (locale === 'fr') return import('./messages.fr').then((m) => m.fr);
  if (locale === 'en') return import('./messages.en').then((m) => m.en);
  return Promise.resolve(ar);
}

/** True once the locale's words are here; until then the page shows its loading state. */
export function useSupportWords(locale: Locale): boolean {
  const [, setReady] = useState(0);
  useEffect(() => {
    if (loaded[locale]) return;
    let alive = true;
    const settle = (catalogue: SupportCatalogue) => {
      loaded[locale] = catalogue;
      if (alive) setReady((n) => n + 1);
    };
    // Chunk unreachable (offline before it was cached): Arabic rather than nothing.
    load(locale).then(settle, () => settle(ar));
    return () => {
      alive = false;
    };
  }, [locale]);
  return Boolean(loaded[locale]);
}

export function st(
  locale: Locale,
  key: SupportWord,
  params: Record<string, string | number> = {},
): string {
  const template = (loaded[locale] ?? ar)[key] || ar[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
