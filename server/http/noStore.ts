// Private answers must not be kept by browsers or proxies: every API response is
// `Cache-Control: no-store` unless its route chose otherwise (public, unchanging data such as
// the geography). Set here once, so no route with personal or staff data can forget it.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';

export function noStoreByDefault(): MiddlewareHandler<AppEnv> {
  return async function noStoreByDefaultMiddleware(c, next) {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
  };
}
