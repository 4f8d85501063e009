// The e-mail texts of each language; an unknown locale reads Arabic, the default.
import { isLocale, type Locale } from '../../../shared/enums';
import { ar } from './ar';
import { en } from './en';
import { fr } from './fr';
import type { MailCatalogue } from './types';

export { fill, type KindText, type MailCatalogue } from './types';

const CATALOGUES: Record<Locale, MailCatalogue> = { ar, fr, en };

export function mailLocale(value: string): Locale {
  return isLocale(value) ? value : 'ar';
}

export function mailCatalogue(locale: Locale): MailCatalogue {
  return CATALOGUES[locale];
}
