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

export const NewUserSchema = v.object({
  email: EmailSchema,
  password: v.pipe(
    v.string(msg('password')),
    v.minLength(10, msg('password')),
    v.maxLength(200, msg('tooLong')),
  ),
  role: v.picklist(STAFF_ROLES, msg('choice')),
});
export type NewUser = v.InferOutput<typeof NewUserSchema>;
