// Staff sign-in and sign-out: a Bearer token plus an HttpOnly session cookie.
import type { LoginResult, SignedInStaff } from '../../shared/api/auth';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { LoginSchema, PasswordChangeSchema } from '../../shared/schemas/staff';
import { LOGIN_FAILED } from '../../shared/i18n/errorMessages';
import { countGuess } from '../auth/loginThrottle';
import { SESSION_COOKIE, bearerToken } from '../auth/middleware';
import { SESSION_DAYS, login, logout } from '../domain/accounts';
import { DomainError } from '../core/domainError';
import { changeOwnPassword } from '../domain/users';
import type { Deps } from '../deps';
import type { AppEnv } from '../http/env';
import { parseBody } from '../http/body';
import { clientKey } from '../http/clientKey';
import { requestLocale } from '../http/locale';
import { staffOf } from '../http/meetingAccess';
import { problem, problemResponse } from '../http/problem';

export function authRoutes(deps: Deps) {
  return (
    new Hono<AppEnv>()
      .post('/login', async (c) => {
        const { email, password } = await parseBody(c, LoginSchema);
        // Counted before the password is looked at: parallel guesses wait in the same line.
        const guess = await countGuess(deps, email, clientKey(c, deps.config.trustProxy));
        const session = await login(deps, email, password);
        if (!session) {
          const locale = requestLocale(c);
          return problemResponse(problem('unauthorized', locale, LOGIN_FAILED[locale]));
        }
        await guess.succeeded();
        setCookie(c, SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'Strict',
          secure: new URL(c.req.url).protocol === 'https:',
          path: '/',
          maxAge: SESSION_DAYS * 86_400,
        });
        return c.json<LoginResult>({
          token: session.token,
          user: { email: session.user.email, role: session.user.role },
        });
      })
      .post('/logout', async (c) => {
        const token = bearerToken(c.req.header('authorization')) ?? getCookie(c, SESSION_COOKIE);
        if (token) await logout(deps, token);
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.body(null, 204);
      })
      .get('/me', (c) => {
        const staff = c.get('staff');
        if (!staff) throw new DomainError('unauthorized');
        return c.json<SignedInStaff>({ email: staff.email, role: staff.role });
      })
      // The signed-in user's own password; their other sessions end, this one stays.
      .post('/password', async (c) => {
        const staff = staffOf(c);
        const { currentPassword, newPassword } = await parseBody(c, PasswordChangeSchema);
        // The current password is a guess like any other.
        const guess = await countGuess(deps, staff.email, clientKey(c, deps.config.trustProxy));
        await changeOwnPassword(deps, staff, currentPassword, newPassword, requestLocale(c));
        await guess.succeeded();
        return c.body(null, 204);
      })
  );
}
