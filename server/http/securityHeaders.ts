// The headers every answer carries, written once as two plain lists: the app's own files (its
// pages, scripts and styles, where a content security policy, framing and permissions rules
// act) get the full list; the API's answers (JSON, exports, message files, never run as a
// page) get the short list a REST API needs, a policy that allows nothing. The middleware adds
// them by path, and the hot public reads (publicCache.ts) put the API list into the answers
// they keep ready.
import type { MiddlewareHandler } from 'hono';

const DOCUMENT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** What every answer carries, a page or not. */
const EVERY_ANSWER = {
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'same-origin',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** The app's own files: the page, its scripts (the service worker's policy is its script's). */
export const DOCUMENT_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...EVERY_ANSWER,
  'content-security-policy': DOCUMENT_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  // The desk scans tickets with the camera; nothing else is ever asked for.
  'permissions-policy': 'camera=(self), microphone=(), geolocation=()',
  'x-dns-prefetch-control': 'off',
  'x-permitted-cross-domain-policies': 'none',
});

/** The API's answers: opened by mistake as a page, nothing in them may load or run. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...EVERY_ANSWER,
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
});

const DOCUMENT_ENTRIES = Object.entries(DOCUMENT_SECURITY_HEADERS);
const API_ENTRIES = Object.entries(API_SECURITY_HEADERS);

export function securityHeaders(): MiddlewareHandler {
  return async function securityHeadersMiddleware(c, next) {
    await next();
    const entries = c.req.path.startsWith('/api/') ? API_ENTRIES : DOCUMENT_ENTRIES;
    for (const [name, value] of entries) c.res.headers.set(name, value);
  };
}
