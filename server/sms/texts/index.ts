// The SMS texts in each language; a row in an unknown language reads Arabic.
import { isLocale, type Locale } from '../../../shared/enums';
import { ar } from './ar';
import { en } from './en';
import { fr } from './fr';
import type { SmsCatalogue } from './types';

const CATALOGUES: Record<Locale, SmsCatalogue> = { ar, fr, en };

export function smsLocale(locale: string): Locale {
  return isLocale(locale) ? locale : 'ar';
}

export function smsCatalogue(locale: Locale): SmsCatalogue {
  return CATALOGUES[locale];
}

export type { SmsCatalogue };
