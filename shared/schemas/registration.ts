// A registration as a participant's device sends it (and the desk, for walk-ins).
import { hasContact } from '../registration/contact';
import * as v from 'valibot';
import {
  ACCESSIBILITY_NEEDS,
  AGE_BANDS,
  GENDERS,
  LOCALES,
  REGISTRATION_SOURCES,
  REGISTRATION_STATUSES,
  ROLES,
} from '../enums';
import { normalizePhone } from '../phone';
import {
  EmailSchema,
  ProvinceCodeSchema,
  UuidSchema,
  optionalString,
  requiredString,
} from './common';
import { msg } from './validate';

export const PhoneSchema = v.pipe(
  v.string(msg('phone')),
  v.trim(),
  v.check((s) => normalizePhone(s) !== null, msg('phone')),
  v.transform((s) => normalizePhone(s) as string),
);

/** An optional text field a form may send empty: "" reads as absent. */
function blankable<S extends v.GenericSchema<string, string>>(
  schema: S,
  message: ReturnType<typeof msg>,
) {
  return v.optional(
    v.pipe(
      v.union([v.pipe(v.string(), v.trim(), v.length(0)), schema], message),
      v.transform((value: string) => (value === '' ? undefined : value)),
    ),
  );
}

export const RegistrationFields = {
  fullName: requiredString(120),
  gender: v.picklist(GENDERS, msg('choice')),
  ageBand: v.picklist(AGE_BANDS, msg('choice')),
  role: v.picklist(ROLES, msg('choice')),
  organization: optionalString(200),
  provinceCode: ProvinceCodeSchema,
  email: blankable(EmailSchema, msg('email')),
  phone: blankable(PhoneSchema, msg('phone')),
  locale: v.picklist(LOCALES, msg('choice')),
  accessibility: v.optional(
    v.pipe(
      v.array(v.picklist(ACCESSIBILITY_NEEDS, msg('choice')), msg('invalid')),
      v.maxLength(6, msg('tooLong')),
    ),
  ),
  accessibilityNote: optionalString(500),
  workshopId: v.optional(v.pipe(v.string(msg('choice')), v.maxLength(40, msg('choice')))),
  consent: v.literal(true, msg('consent')),
  photoConsent: v.optional(v.boolean(msg('invalid'))),
  invitationCode: blankable(v.pipe(v.string(), v.trim(), v.maxLength(40)), msg('invitationCode')),
};

const RegistrationObject = v.object({
  id: UuidSchema,
  ...RegistrationFields,
  source: v.optional(v.picklist(REGISTRATION_SOURCES, msg('choice'))),
});

/** What the public form posts. */
export const RegistrationInputSchema = v.pipe(
  RegistrationObject,
  v.forward(v.partialCheck([['email'], ['phone']], hasContact, msg('contact')), ['email']),
);
export type RegistrationInput = v.InferOutput<typeof RegistrationInputSchema>;

/** "Send my link again": the e-mail or phone the person registered with. */
export const RecoverRequestSchema = v.pipe(
  v.object({ email: RegistrationFields.email, phone: RegistrationFields.phone }),
  v.forward(v.partialCheck([['email'], ['phone']], hasContact, msg('contact')), ['email']),
);
export type RecoverRequest = v.InferOutput<typeof RecoverRequestSchema>;

/** What a participant may change afterwards with the private link. */
export const RegistrationPatchSchema = v.partial(
  v.object({
    fullName: RegistrationFields.fullName,
    gender: RegistrationFields.gender,
    ageBand: RegistrationFields.ageBand,
    role: RegistrationFields.role,
    organization: RegistrationFields.organization,
    provinceCode: RegistrationFields.provinceCode,
    email: RegistrationFields.email,
    phone: RegistrationFields.phone,
    locale: RegistrationFields.locale,
    accessibility: RegistrationFields.accessibility,
    accessibilityNote: RegistrationFields.accessibilityNote,
    workshopId: RegistrationFields.workshopId,
    photoConsent: RegistrationFields.photoConsent,
  }),
);
export type RegistrationPatch = v.InferOutput<typeof RegistrationPatchSchema>;

export { REGISTRATION_STATUSES };
