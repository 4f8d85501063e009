// Staff accounts, managed by admins (mounted under /api/users):
//   GET   /      → [{ id, email, role, disabled, lastLoginAt }]
//   POST  /      { email, password, role } → 201 { id, email, role }
//   PATCH /:id   { role?, password?, disabled? } → 200 the account; disabling ends its sessions at
//                once, a new password ends its other sessions
import type { CreatedUser, UserView } from '../../shared/api/users';
import { Hono } from 'hono';
import { NewUserSchema, UserPatchSchema } from '../../shared/schemas/staff';
import { requireRole } from '../auth/middleware';
import { createUser } from '../domain/accounts';
import { listUsers, updateUser } from '../domain/users';
import type { Deps } from '../deps';
import type { AppEnv } from '../http/env';
import { parseBody } from '../http/body';
import { requestLocale } from '../http/locale';
import { staffOf } from '../http/meetingAccess';

export function userRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/', requireRole('admin'), async (c) => c.json<UserView[]>(await listUsers(deps)))
    .post('/', requireRole('admin'), async (c) => {
      const input = await parseBody(c, NewUserSchema);
      const user = await createUser(deps, input, c.get('staff'), requestLocale(c));
      return c.json<CreatedUser>({ id: user.id, email: user.email, role: user.role }, 201);
    })
    .patch('/:id', requireRole('admin'), async (c) => {
      const patch = await parseBody(c, UserPatchSchema);
      return c.json<UserView>(
        await updateUser(deps, c.req.param('id'), patch, staffOf(c), requestLocale(c)),
      );
    });
}
