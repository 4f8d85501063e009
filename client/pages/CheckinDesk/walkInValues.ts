// The walk-in form's state and its turn into a registration body, validated by the schema the
// server runs (same messages, same rules: a phone or an e-mail, consent).
import type { Locale } from '../../../shared/enums';
import {
  RegistrationInputSchema,
  type RegistrationInput,
} from '../../../shared/schemas/registration';
import { validate } from '../../../shared/schemas/validate';

export interface WalkInValues {
  fullName: string;
  gender: string;
  ageBand: string;
  role: string;
  organization: string;
  provinceCode: string;
  phone: string;
  email: string;
  workshopId: string;
  consent: boolean;
}

export function emptyWalkIn(): WalkInValues {
  return {
    fullName: '',
    gender: '',
    ageBand: '',
    role: '',
    organization: '',
    provinceCode: '',
    phone: '',
    email: '',
    workshopId: '',
    consent: false,
  };
}

export type WalkInCheck =
  { ok: true; body: RegistrationInput } | { ok: false; errors: Record<string, string> };

export function checkWalkIn(values: WalkInValues, id: string, locale: Locale): WalkInCheck {
  const result = validate(
    RegistrationInputSchema,
    {
      id,
      fullName: values.fullName,
      gender: values.gender || undefined,
      ageBand: values.ageBand || undefined,
      role: values.role || undefined,
      organization: values.organization.trim() || undefined,
      provinceCode: values.provinceCode || undefined,
      phone: values.phone,
      email: values.email,
      workshopId: values.workshopId || undefined,
      locale,
      consent: values.consent,
      source: 'walk-in',
    },
    locale,
  );
  if (result.ok) return { ok: true, body: result.value };
  const errors: Record<string, string> = {};
  for (const e of result.errors) errors[e.path.split('.')[0] ?? e.path] ??= e.message;
  return { ok: false, errors };
}
