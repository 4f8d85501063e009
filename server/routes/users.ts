// Staff accounts, created by an admin.
import { Hono } from 'hono';
import { NewUserSchema } from '../../shared/schemas/staff';
import { requireRole } from '../auth/middleware';
import { createUser } from '../domain/accounts';
import type { Deps } from '../deps';
import type { AppEnv } from '../http/env';
import { parseBody } from '../http/body';

export function userRoutes(deps: Deps) {
  return new Hono<AppEnv>().post('/', requireRole('admin'), async (c) => {
    const input = await parseBody(c, NewUserSchema);
    const user = await createUser(deps, input, c.get('staff'));
    return c.json({ id: user.id, email: user.email, role: user.role }, 201);
  });
}
