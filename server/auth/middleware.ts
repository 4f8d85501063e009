// Who is asking: a staff session from the Bearer token or the session cookie; role gates.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { StaffRole } from '../../shared/enums';
import { roleAllows, userForToken } from '../domain/accounts';
import { DomainError } from '../core/domainError';
import type { Deps } from '../deps';
import type { AppEnv } from '../http/env';

export const SESSION_COOKIE = 'liqa_session';

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** Loads the staff user, if any, without requiring one. */
export function identifyStaff(deps: Deps): MiddlewareHandler<AppEnv> {
  return async function identifyStaffMiddleware(c, next) {
    const bearer = bearerToken(c.req.header('authorization'));
    const token = bearer ?? getCookie(c, SESSION_COOKIE) ?? null;
    // A participant's manage token is also a Bearer token; it simply matches no session.
    const staff = token ? await userForToken(deps, token) : null;
    c.set('staff', staff);
    c.set('staffByCookie', staff !== null && bearer === null);
    return next();
  };
}

export function requireRole(role: StaffRole): MiddlewareHandler<AppEnv> {
  return async function requireRoleMiddleware(c, next) {
    const staff = c.get('staff');
    if (!staff) throw new DomainError('unauthorized');
    if (!roleAllows(staff.role, role)) throw new DomainError('forbidden');
    return next();
  };
}
