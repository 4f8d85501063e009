// Public write endpoints: at most LIQA_RATE_LIMIT requests a minute per client (0: no limit).
// Staff are not limited: a desk registers walk-ins in bursts.
import type { MiddlewareHandler } from 'hono';
import { Throttle } from '../auth/throttle';
import type { Config } from '../config';
import { DomainError } from '../domain/errors';
import { clientKey } from './clientKey';
import type { AppEnv } from './env';

export function publicRateLimit(config: Config): MiddlewareHandler<AppEnv> {
  const throttle = new Throttle(config.rateLimit, 60_000);
  return async function publicRateLimitMiddleware(c, next) {
    if (config.rateLimit <= 0 || c.get('staff')) return next();
    const key = clientKey(c, false);
    const wait = throttle.retryAfter(key);
    if (wait > 0)
      throw new DomainError('rate-limited', undefined, undefined, { 'retry-after': String(wait) });
    throttle.record(key);
    return next();
  };
}
