// Looks validation messages up by key. Catalogues add themselves when imported, so a screen
// ships only the catalogues its schemas use.
import type { Locale } from '../../enums';
import type { PUBLIC_VALIDATION_MESSAGES } from './public';
import type { STAFF_VALIDATION_MESSAGES } from './staff';

export type ValidationMessageKey =
  keyof typeof PUBLIC_VALIDATION_MESSAGES | keyof typeof STAFF_VALIDATION_MESSAGES;

const catalogue: Partial<Record<string, Record<Locale, string>>> = {};

export function addValidationMessages(messages: Record<string, Record<Locale, string>>): void {
  Object.assign(catalogue, messages);
}

export function validationMessage(key: ValidationMessageKey, locale: Locale): string {
  return catalogue[key]?.[locale] ?? key;
}
