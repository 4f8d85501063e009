// The organizer's feedback screen words (staff screens load all three languages: no budget).
import type { Locale } from '../../../shared/enums';
import { ar, type StaffFeedbackKey } from './messages.ar';
import { en } from './messages.en';
import { fr } from './messages.fr';

const CATALOGUES: Record<Locale, Record<StaffFeedbackKey, string>> = { ar, fr, en };

export function sf(
  locale: Locale,
  key: StaffFeedbackKey,
  params: Record<string, string | number> = {},
): string {
  return (CATALOGUES[locale][key] || ar[key]).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
