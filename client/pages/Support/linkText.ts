// The words of the link to the support page, kept apart so "My registrations" does not load
// the page's whole catalogue.
import type { Locale } from '../../../shared/enums';

const WORDS: Record<Locale, string> = {
  ar: 'طلب التكفل بالتنقل أو الإيواء',
  fr: 'Demander la prise en charge du transport ou de l’hébergement',
  en: 'Ask for travel or lodging support',
};

export function supportLinkText(locale: Locale): string {
  return WORDS[locale];
}
