// Staff accounts: login, creation and changes by an admin, one's own password.
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
export type LoginInput = v.InferOutput<typeof LoginSchema>;

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
export type PasswordChange = v.InferOutput<typeof PasswordChangeSchema>;

// An account as the API lists it is a response shape: shared/api/users.ts. Kept here for the
// staff screen that still imports it from this file.
