// Staff sign-in and sign-out: a Bearer token plus an HttpOnly session cookie.
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { LoginSchema } from '../../shared/schemas/staff';
import { LOGIN_FAILED } from '../../shared/i18n/errorMessages';
import { Throttle } from '../auth/throttle';
import { SESSION_COOKIE, bearerToken } from '../auth/middleware';
import { SESSION_DAYS, login, logout } from '../domain/accounts';
import { DomainError } from '../domain/errors';
import type { Deps } from '../deps';
import type { AppEnv } from '../http/env';
import { parseBody } from '../http/body';
import { clientKey } from '../http/clientKey';
import { requestLocale } from '../http/locale';
import { problem, problemResponse } from '../http/problem';
import { getCookie } from 'hono/cookie';

// Ten wrong guesses per account and thirty per address in fifteen minutes, then wait.
const byEmail = () => new Throttle(10, 15 * 60_000);
const byClient = () => new Throttle(30, 15 * 60_000);

export function authRoutes(deps: Deps) {
  const emailThrottle = byEmail();
  const clientThrottle = byClient();
  return new Hono<AppEnv>()
    .post('/login', async (c) => {
      const { email, password } = await parseBody(c, LoginSchema);
      const client = clientKey(c, false);
      const wait = Math.max(emailThrottle.retryAfter(email), clientThrottle.retryAfter(client));
      if (wait > 0)
        throw new DomainError('rate-limited', undefined, undefined, {
          'retry-after': String(wait),
        });
      const session = await login(deps, email, password);
      if (!session) {
        emailThrottle.record(email);
        clientThrottle.record(client);
        const locale = requestLocale(c);
        return problemResponse(problem('unauthorized', locale, LOGIN_FAILED[locale]));
      }
      emailThrottle.reset(email);
      setCookie(c, SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: new URL(c.req.url).protocol === 'https:',
        path: '/',
        maxAge: SESSION_DAYS * 86_400,
      });
      return c.json({
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
      return c.json({ email: staff.email, role: staff.role });
    });
}
