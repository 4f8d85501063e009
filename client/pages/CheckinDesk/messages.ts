// The check-in desk's words. Staff screens are one chunk, so all three languages ship with it
// (as the staff catalogues do); the walk-in form's field labels are the registration form's.
import type { Locale } from '../../../shared/enums';
import { fill, type Params } from '../../i18n/translate';
import { deskAr, type DeskCatalogue, type DeskMessageKey } from './messages.ar';
import { deskEn } from './messages.en';
import { deskFr } from './messages.fr';

const catalogues: Record<Locale, DeskCatalogue> = { ar: deskAr, fr: deskFr, en: deskEn };

export function dt(locale: Locale, key: DeskMessageKey, params?: Params): string {
  return fill(catalogues[locale][key] || deskAr[key], params);
}

export type { DeskMessageKey };
