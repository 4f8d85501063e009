// The edit form's values, and their turn into a PATCH body: only what changed, validated by
// the very schema the server runs (RegistrationPatchSchema).
import { hasContact } from '../../../shared/registration/contact';
import type { Locale } from '../../../shared/enums';
import { validationMessage } from '../../../shared/i18n/validation/registry';
import {
  RegistrationPatchSchema,
  type RegistrationPatch,
} from '../../../shared/schemas/registration';
import { validate } from '../../../shared/schemas/validate';
import type { RegistrationDetails } from '../../../shared/api/registrations';
import { emptyValues, errorsByField, type FieldErrors, type FormValues } from '../Register/form';

/** The fields a participant may change, in screen order. */
export const EDITABLE = [
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
  'photoConsent',
] as const satisfies readonly (keyof FormValues & keyof RegistrationPatch)[];

type Editable = (typeof EDITABLE)[number];

/**
 * The API treats an absent field as "unchanged" and reads a blank e-mail, phone or workshop
 * as absent, so those cannot be emptied through the link: said on the field, not dropped.
 */
const NOT_CLEARABLE: readonly Editable[] = ['email', 'phone', 'workshopId'];

/** The registration form's values (consent was given when registering). */
export function valuesFrom(r: RegistrationDetails): FormValues {
  return {
    ...emptyValues(),
    fullName: r.fullName,
    gender: r.gender,
    ageBand: r.ageBand,
    role: r.role,
    organization: r.organization ?? '',
    provinceCode: r.provinceCode,
    email: r.email ?? '',
    phone: r.phone ?? '',
    workshopId: r.workshopId ?? '',
    accessibility: [...r.accessibility],
    accessibilityNote: r.accessibilityNote ?? '',
    consent: true,
    photoConsent: r.photoConsent,
  };
}

function same(a: FormValues[Editable], b: FormValues[Editable]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join() === [...b].sort().join();
  return typeof a === 'string' && typeof b === 'string' ? a.trim() === b.trim() : a === b;
}

/** No editable field differs: nothing worth keeping as a draft. */
export function sameEditable(a: FormValues, b: FormValues): boolean {
  return EDITABLE.every((field) => same(a[field], b[field]));
}

function inputOf(values: FormValues): Record<Editable, unknown> {
  const out = {} as Record<Editable, unknown>;
  for (const field of EDITABLE) out[field] = values[field];
  out.workshopId = values.workshopId || undefined;
  return out;
}

export type EditCheck =
  | { ok: true; patch: RegistrationPatch; changed: boolean; errors: FieldErrors }
  | { ok: false; errors: FieldErrors };

export function checkEdit(
  original: RegistrationDetails,
  values: FormValues,
  locale: Locale,
  cannotClearMessage: string,
): EditCheck {
  const before = valuesFrom(original);
  const result = validate(RegistrationPatchSchema, inputOf(values), locale);
  const errors: FieldErrors = result.ok ? {} : errorsByField(result.errors);
  if (!hasContact(values)) {
    errors.email ??= validationMessage('contact', locale);
  }
  for (const field of NOT_CLEARABLE) {
    const was = before[field] as string;
    if (was !== '' && !(values[field] as string).trim()) errors[field] ??= cannotClearMessage;
  }
  if (!result.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const patch: Record<string, unknown> = {};
  for (const field of EDITABLE) {
    if (!same(before[field], values[field])) patch[field] = result.value[field];
  }
  return {
    ok: true,
    patch: patch as RegistrationPatch,
    changed: Object.keys(patch).length > 0,
    errors: {},
  };
}
