// The organizer's support screen words: ss(locale, key, params). All three languages ship
// with the screen (organizers switch languages while working on the lists).
import type { Locale } from '../../../shared/enums';
import { ar } from './messages.ar';
import { en } from './messages.en';
import { fr } from './messages.fr';

export type StaffSupportWord = keyof typeof ar;
export type StaffSupportCatalogue = Record<StaffSupportWord, string>;

const catalogues: Record<Locale, StaffSupportCatalogue> = { ar, fr, en };

export function ss(
  locale: Locale,
  key: StaffSupportWord,
  params: Record<string, string | number> = {},
): string {
  const template = catalogues[locale][key] || ar[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
