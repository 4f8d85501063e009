// Public writes (registration, recover, feedback, support requests): at most LIQA_RATE_LIMIT a
// minute per client and kind of write (0: no limit), counted in the database so the limit holds
// across instances and restarts. Staff are not limited: a desk registers walk-ins in bursts.
import type { MiddlewareHandler } from 'hono';
import type { Deps } from '../deps';
import { enforce } from '../limits/limiter';
import { clientKey } from './clientKey';
import type { AppEnv } from './env';

export function publicRateLimit(deps: Deps, kind = 'write'): MiddlewareHandler<AppEnv> {
  return async function publicRateLimitMiddleware(c, next) {
    const { rateLimit, trustProxy } = deps.config;
    if (rateLimit <= 0 || c.get('staff')) return next();
    const rule = { name: `public-${kind}`, limit: rateLimit, windowMs: 60_000 };
    await enforce(deps.db.kysely, deps.now(), rule, clientKey(c, trustProxy));
    return next();
  };
}
