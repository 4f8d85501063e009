// Cross-site request forgery: a browser attaches the session cookie to requests that other
// sites make it send, so a write authenticated by the cookie must say it comes from our own
// pages — `Sec-Fetch-Site: same-origin`, or an `Origin` of this server. Otherwise it is 403 and
// nothing runs. Bearer tokens are never sent by a browser on its own, so their writes pass.
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../config';
import { DomainError } from '../core/domainError';
import type { AppEnv } from './env';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** The hosts our own pages are served from: the request's, and PUBLIC_URL's. */
function ownHosts(c: Context<AppEnv>, config: Config): Set<string> {
  const hosts = new Set<string>();
  const add = (h: string | null | undefined) => h && hosts.add(h.toLowerCase());
  add(c.req.header('host'));
  add(hostOf(c.req.url));
  add(hostOf(config.publicUrl));
  // Behind trusted proxies the browser's host is the one the outermost proxy was asked for.
  if (config.trustProxy > 0) add(c.req.header('x-forwarded-host')?.split(',')[0]?.trim());
  return hosts;
}

export function isSameOrigin(c: Context<AppEnv>, config: Config): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin';
  const origin = c.req.header('origin');
  if (!origin || origin === 'null') return false;
  const host = hostOf(origin);
  return host !== null && ownHosts(c, config).has(host);
}

export function sameOriginWrites(config: Config): MiddlewareHandler<AppEnv> {
  return async function sameOriginWritesMiddleware(c, next) {
    if (SAFE_METHODS.has(c.req.method) || !c.get('staffByCookie')) return next();
    if (!isSameOrigin(c, config)) throw new DomainError('forbidden');
    return next();
  };
}
