// The form's state as typed, and its turn into what the API expects (validated by the very
// schema the server runs).
import type { Locale } from '../../../shared/enums';
import type { FieldError } from '../../../shared/errors';
import {
  RegistrationInputSchema,
  type RegistrationInput,
} from '../../../shared/schemas/registration';
import { validate } from '../../../shared/schemas/validate';

export interface FormValues {
  fullName: string;
  gender: string;
  ageBand: string;
  role: string;
  organization: string;
  provinceCode: string;
  email: string;
  phone: string;
  workshopId: string;
  accessibility: string[];
  accessibilityNote: string;
  consent: boolean;
  photoConsent: boolean;
  invitationCode: string;
}

export type FieldName = keyof FormValues;

/** Screen order: the error summary lists problems in the order the person meets them. */
export const FIELD_ORDER: readonly FieldName[] = [
  'fullName',
  'gender',
  'ageBand',
  'role',
  'organization',
  'provinceCode',
  'email',
  'phone',
  'workshopId',
  'accessibility',
  'accessibilityNote',
  'consent',
  'photoConsent',
  'invitationCode',
];

export function emptyValues(): FormValues {
  return {
    fullName: '',
    gender: '',
    ageBand: '',
    role: '',
    organization: '',
    provinceCode: '',
    email: '',
    phone: '',
    workshopId: '',
    accessibility: [],
    accessibilityNote: '',
    consent: false,
    photoConsent: false,
    invitationCode: '',
  };
}

/** Nothing typed or chosen yet: no draft worth keeping. */
export function isBlankForm(values: FormValues): boolean {
  return JSON.stringify(values) === JSON.stringify(emptyValues());
}

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s);

/** The request body before validation: unanswered choices are absent, not "". */
export function toInput(values: FormValues, id: string, locale: Locale): Record<string, unknown> {
  return {
    id,
    fullName: values.fullName,
    gender: values.gender || undefined,
    ageBand: values.ageBand || undefined,
    role: values.role || undefined,
    organization: blankToUndefined(values.organization),
    provinceCode: values.provinceCode || undefined,
    email: values.email,
    phone: values.phone,
    locale,
    accessibility: values.accessibility.length > 0 ? values.accessibility : undefined,
    accessibilityNote: blankToUndefined(values.accessibilityNote),
    workshopId: values.workshopId || undefined,
    consent: values.consent,
    photoConsent: values.photoConsent,
    invitationCode: values.invitationCode,
  };
}

export type FieldErrors = Partial<Record<FieldName, string>>;

/** The first message per field; `accessibility.0` and the like belong to their field. */
export function errorsByField(errors: readonly FieldError[]): FieldErrors {
  const out: FieldErrors = {};
  for (const { path, message } of errors) {
    const field = path.split('.')[0] as FieldName;
    if (FIELD_ORDER.includes(field) && !out[field]) out[field] = message;
  }
  return out;
}

export type FormCheck =
  { ok: true; body: RegistrationInput; errors: FieldErrors } | { ok: false; errors: FieldErrors };

export function checkForm(values: FormValues, id: string, locale: Locale): FormCheck {
  const result = validate(RegistrationInputSchema, toInput(values, id, locale), locale);
  return result.ok
    ? { ok: true, body: result.value, errors: {} }
    : { ok: false, errors: errorsByField(result.errors) };
}
