// The organizer's e-mail screen words: ot(locale, key, params). All three languages ship with
// the screen (a staff screen, loaded on its own; organizers switch languages while working).
import type { Locale } from '../../../shared/enums';
import { ApiError } from '../../api/http';
import { ar } from './messages.ar';
import { en } from './messages.en';
import { fr } from './messages.fr';

export type StaffOutboxWord = keyof typeof ar;
export type StaffOutboxCatalogue = Record<StaffOutboxWord, string>;

const catalogues: Record<Locale, StaffOutboxCatalogue> = { ar, fr, en };

export function ot(
  locale: Locale,
  key: StaffOutboxWord,
  params: Record<string, string | number> = {},
): string {
  const template = catalogues[locale][key] || ar[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The kind's name; an unknown kind (a newer server) shows as the API names it. */
export function kindName(locale: Locale, kind: string): string {
  const key = `kind.${kind}`;
  return key in ar ? ot(locale, key as StaffOutboxWord) : kind;
}

/** Why something failed: the server's own words (in the request's language), else `fallback`. */
export function failureReason(
  error: unknown,
  locale: Locale,
  fallback: StaffOutboxWord = 'network',
): string {
  return error instanceof ApiError && error.code !== 'network' && error.code !== 'unknown'
    ? error.message
    : ot(locale, fallback);
}
