// The words of every export, in the asker's language: codes become labels (ذكر / Homme / Male),
// provinces and regions their names. One catalogue per language beside this file.
import type { Locale } from '../../shared/enums';
import { provinceByCode, REGIONS } from '../../shared/geo';
import { ar } from './labels.ar';
import { en } from './labels.en';
import { fr } from './labels.fr';

export interface ExportLabels {
  gender: Record<string, string>;
  ageBand: Record<string, string>;
  role: Record<string, string>;
  status: Record<string, string>;
  source: Record<string, string>;
  accessibility: Record<string, string>;
  feedbackKind: Record<string, string>;
  supportList: Record<string, string>;
  decision: Record<string, string>;
  language: Record<string, string>;
  yes: string;
  no: string;
  /** Column headings, by export then column key. */
  headings: Record<string, Record<string, string>>;
}

const CATALOGUES: Record<Locale, ExportLabels> = { ar, fr, en };

export function exportLabels(locale: Locale): ExportLabels {
  return CATALOGUES[locale];
}

/** A code's label, or the code itself when the catalogue lacks it (a value from a newer release). */
export function labelOf(table: Record<string, string>, code: string | null | undefined): string {
  if (code == null || code === '') return '';
  return table[code] ?? code;
}

/** Province names are Arabic or French; English uses the French (Latin) spelling. */
export function provinceName(code: string, locale: Locale): string {
  const province = provinceByCode(code);
  if (!province) return code;
  return locale === 'ar' ? province.name.ar : province.name.fr;
}

const regions = new Map(REGIONS.map((r) => [r.code as string, r.name]));

export function regionName(code: string, locale: Locale): string {
  const name = regions.get(code);
  if (!name) return code;
  return locale === 'ar' ? name.ar : name.fr;
}

/** A text given in several languages (a meeting's title, a workshop's): the asker's, else Arabic. */
export function textIn(
  text: { ar: string; fr?: string; en?: string } | undefined,
  locale: Locale,
): string {
  if (!text) return '';
  return text[locale] || text.ar;
}
