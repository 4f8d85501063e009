// The person's language: Arabic unless they chose otherwise on this device. Switching waits for
// that language's words, then sets <html lang dir> and the API's Accept-Language.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/enums';
import { setRequestLocale } from '../api/http';
import { cacheLanguage } from '../app/serviceWorker';
import { hasLanguage, loadLanguage } from './load';

const STORAGE_KEY = 'liqa.locale';
const listeners = new Set<() => void>();

function readStored(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, policies): the default language still works.
  }
  return DEFAULT_LOCALE;
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

function apply(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  setRequestLocale(locale);
  cacheLanguage(locale);
}

let current: Locale = readStored();
let ready = hasLanguage(current);
apply(current);

function notify(): void {
  for (const listener of listeners) listener();
}

if (!ready) {
  loadLanguage(current).then(
    () => {
      ready = true;
      notify();
    },
    () => {
      // Offline before this language was ever cached: Arabic, which is always there.
      current = DEFAULT_LOCALE;
      ready = true;
      apply(current);
      notify();
    },
  );
}

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Remembered for this visit only.
  }
  loadLanguage(locale).then(
    () => {
      if (locale === current) return;
      current = locale;
      apply(locale);
      notify();
    },
    (err: unknown) => console.warn('[liqa] language not available offline yet', err),
  );
}

/** The current language, and whether its words are loaded; re-renders when either changes. */
export function useLocale(): { locale: Locale; ready: boolean } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    listener(); // catches a change between the first render and this subscription
    return () => void listeners.delete(listener);
  }, []);
  return { locale: current, ready };
}
