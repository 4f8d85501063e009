// What the public form posts to register: a fresh client UUID, an e-mail of its own and a
// participant from Tétouan; a test names only the fields its assertions read.
import { randomUUID } from 'node:crypto';
import type * as v from 'valibot';
import type { RegistrationInputSchema } from '../../../shared/schemas/registration';

/** The body as sent (before the schema trims and normalises it). */
export type RegistrationBody = v.InferInput<typeof RegistrationInputSchema>;

/**
 * A valid registration body. Contact fields are overrides like any other: a phone-only person
 * is `registrationBody({ email: undefined, phone: '0612345678' })` (JSON drops the undefined).
 */
export function registrationBody(overrides: Partial<RegistrationBody> = {}): RegistrationBody {
  const id = overrides.id ?? randomUUID();
  return {
    id,
    fullName: 'فاطمة الزهراء العلوي',
    gender: 'female',
    ageBand: '30-40',
    role: 'association',
    provinceCode: 'tetouan',
    email: `${id}@example.ma`,
    locale: 'ar',
    consent: true,
    ...overrides,
  };
}
