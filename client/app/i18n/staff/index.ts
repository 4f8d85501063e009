// ts(key, params, locale): the staff screens' words (their own catalogues, in their own chunk),
// falling back to the app's shared words for any other key.
import type { Locale } from '../../../../shared/enums';
import { getLocale, t, type MessageKey } from '..';
import { fill, type Params } from '../translate';
import { staffAr, type StaffMessageKey } from './ar';
import { staffEn } from './en';
import { staffFr } from './fr';

const staffCatalogues = { ar: staffAr, fr: staffFr, en: staffEn };

function isStaffKey(key: string): key is StaffMessageKey {
  return key in staffAr;
}

export function ts(key: StaffMessageKey | MessageKey, params?: Params, locale?: Locale): string {
  if (!isStaffKey(key)) return t(key, params, locale);
  const lang = locale ?? getLocale();
  return fill(staffCatalogues[lang][key] || staffAr[key], params);
}

export type { StaffMessageKey };
