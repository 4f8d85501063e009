// Staff accounts: login and creation by an admin.
import * as v from 'valibot';
import { STAFF_ROLES } from '../enums';
import { EmailSchema } from './common';
import '../i18n/validation/staff';
import { msg } from './validate';

export const LoginSchema = v.object({
  email: EmailSchema,
  password: v.pipe(
    v.string(msg('required')),
    v.nonEmpty(msg('required')),
    v.maxLength(200, msg('tooLong')),
  ),
});

/** The length rule; the server also refuses common passwords and one repeated pattern. */
export const PasswordSchema = v.pipe(
  v.string(msg('password')),
  v.minLength(12, msg('password')),
  v.maxLength(200, msg('tooLong')),
);

export const NewUserSchema = v.object({
  email: EmailSchema,
  password: PasswordSchema,
  role: v.picklist(STAFF_ROLES, msg('choice')),
});
export type NewUser = v.InferOutput<typeof NewUserSchema>;

/** An admin's change to an account: any of its role, password, or being shut. */
export const UserPatchSchema = v.strictObject({
  role: v.optional(v.picklist(STAFF_ROLES, msg('choice'))),
  password: v.optional(PasswordSchema),
  disabled: v.optional(v.boolean()),
});
export type UserPatch = v.InferOutput<typeof UserPatchSchema>;

/** A staff user changing their own password. */
export const PasswordChangeSchema = v.object({
  currentPassword: v.pipe(
    v.string(msg('required')),
    v.nonEmpty(msg('required')),
    v.maxLength(200, msg('tooLong')),
  ),
  newPassword: PasswordSchema,
});

/** An account as `GET /api/users` lists it. */
export interface UserView {
  id: string;
  email: string;
  role: (typeof STAFF_ROLES)[number];
  disabled: boolean;
  lastLoginAt: string | null;
}
