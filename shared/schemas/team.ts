// A meeting's team: putting a staff user on it (by id, or by e-mail from the staff screen).
import * as v from 'valibot';
import { TEAM_ROLES } from '../enums';
import { EmailSchema } from './common';
import '../i18n/validation/staff';
import { msg } from './validate';

const TeamRoleSchema = v.picklist(TEAM_ROLES, msg('choice'));

export const TeamRoleInputSchema = v.object({ role: TeamRoleSchema });
export type TeamRoleInput = v.InferOutput<typeof TeamRoleInputSchema>;

export const TeamAddSchema = v.object({ email: EmailSchema, role: TeamRoleSchema });
export type TeamAdd = v.InferOutput<typeof TeamAddSchema>;

// A member as the API lists them is a response shape: shared/api/team.ts. Kept here for the
// team panel that still imports it from this file.
