// shared/phone.ts as the PWA runs it (vite.config.ts swaps it in for the shared schemas): Moroccan
// numbers with our own rule, and the numbering-plan library (17 KB on a 3G phone) fetched only
// when someone types another country's number. Until it is there, a foreign number passes if it
// has the shape of one; the server checks it against its country's plan either way.
import { FOREIGN, formatMoroccanPhone, preparePhoneInput, readMoroccanPhone } from './phoneMorocco';

type Library = typeof import('./phone');

let library: Library | null = null;
let loading: Promise<Library> | null = null;
const listeners = new Set<() => void>();

/** Fetches the library once (again after a failure); tells the listeners when it is there. */
export function loadPhoneLibrary(): Promise<Library> {
  loading ??= import('./phone').then(
    (loaded) => {
      library = loaded;
      for (const listener of listeners) listener();
      return loaded;
    },
    (error: unknown) => {
      loading = null; // offline before the service worker had it: the next foreign number retries
      throw error;
    },
  );
  return loading;
}

/** Calls `listener` once foreign numbers are checked for real (to check a form again). */
export function onPhoneLibrary(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** As shared/phone.ts: E.164, or null when it is not a valid number. */
export function normalizePhone(input: string): string | null {
  const moroccan = readMoroccanPhone(input);
  if (moroccan !== FOREIGN) return moroccan;
  if (library) return library.normalizePhone(input);
  void loadPhoneLibrary().catch(() => undefined);
  // E.164's shape: a country code (never 0) and at most 15 digits in all.
  const digits = preparePhoneInput(input).replace(/\D/g, '');
  return /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : null;
}

/** As shared/phone.ts; a foreign number stays in E.164 until the library is there. */
export function formatPhone(e164: string): string {
  const moroccan = formatMoroccanPhone(e164);
  if (moroccan !== null) return moroccan;
  if (library) return library.formatPhone(e164);
  void loadPhoneLibrary().catch(() => undefined);
  return e164;
}
