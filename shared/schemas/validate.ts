// Runs a valibot schema in a language and turns its issues into the API's field errors.
import * as v from 'valibot';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../enums';
import type { FieldError } from '../errors';
import '../i18n/validation/public';
import { validationMessage, type ValidationMessageKey } from '../i18n/validation/registry';

/** A message that follows the language the schema is run in. */
export function msg(key: ValidationMessageKey) {
  return (issue: v.BaseIssue<unknown>): string =>
    validationMessage(key, isLocale(issue.lang) ? issue.lang : DEFAULT_LOCALE);
}

// Valibot's built-in English is replaced everywhere by our catalogue: a missing value reads
// "required", anything else of the wrong shape "invalid".
function genericMessage(issue: v.BaseIssue<unknown>): string {
  const locale = isLocale(issue.lang) ? issue.lang : DEFAULT_LOCALE;
  if (issue.input === undefined || issue.input === null || issue.input === '') {
    return validationMessage('required', locale);
  }
  if (issue.type === 'picklist') return validationMessage('choice', locale);
  if (issue.type === 'max_length') return validationMessage('tooLong', locale);
  if (issue.type === 'email') return validationMessage('email', locale);
  if (issue.type === 'strict_object' && issue.kind === 'schema' && issue.expected === 'never') {
    return validationMessage('unknownField', locale);
  }
  return validationMessage('invalid', locale);
}
// Registered per language: valibot looks global messages up by the language of the run.
v.setGlobalMessage(genericMessage);
for (const locale of LOCALES) v.setGlobalMessage(genericMessage, locale);

export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? '';
    if (seen.has(path)) continue; // the first problem of a field is the one to fix first
    seen.add(path);
    errors.push({ path, message: issue.message });
  }
  return errors;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function validate<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  locale: Locale,
): Validated<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, { lang: locale });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, errors: toFieldErrors(result.issues) };
}
