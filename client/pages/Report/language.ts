// The language a report is written in: the page's, when it is one of the two the seed reports
// are written in (Arabic, with French beside; or French, with Arabic beside), else French.
// The tables' words are bilingual (shared/reports/labels), so each language has the other
// beside it, as the seed reports print them.
import type { Locale } from '../../../shared/enums';

export type ReportLanguage = 'ar' | 'fr';

export function reportLanguage(locale: Locale): ReportLanguage {
  return locale === 'ar' ? 'ar' : 'fr';
}

export function otherLanguage(lang: ReportLanguage): ReportLanguage {
  return lang === 'ar' ? 'fr' : 'ar';
}

export const dirOf = (lang: ReportLanguage): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
