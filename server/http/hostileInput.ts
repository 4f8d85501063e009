// Bytes no field of Liqa carries, refused before any parsing or SQL: U+0000 (PostgreSQL text
// cannot store it, and no person types it) and JSON nested deeper than any body we accept
// (parsing or merging it recursively would exhaust the stack). Both checks are loops, never
// recursion, whatever the input.
import type { MiddlewareHandler } from 'hono';
import { problem, problemResponse } from './problem';
import { requestLocale } from './locale';

/** Deeper than any body of the API (a meeting is about 4 levels). */
export const MAX_JSON_DEPTH = 32;

/** True if the JSON text nests arrays/objects deeper than `max`; strings are skipped over. */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: the next character is escaped
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}

/** The dotted path of the first string (value or key) containing U+0000, or null. */
export function pathOfNul(value: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  const join = (base: string, key: string) => (base ? `${base}.${key}` : key);
  while (stack.length > 0) {
    const { value: v, path } = stack.pop() as { value: unknown; path: string };
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: join(path, `${i}`) });
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i] as [string, unknown];
        const at = join(path, key.replaceAll('\u0000', '\\u0000'));
        if (key.includes('\u0000')) return at;
        stack.push({ value: item, path: at });
      }
    }
  }
  return null;
}

/**
 * A path or query carrying U+0000 (raw or %00) names nothing that exists: 404 at once, before
 * routing decodes it into a parameter.
 */
export function refuseNulInUrl(): MiddlewareHandler {
  return async function refuseNulInUrl(c, next) {
    const url = c.req.url;
    if (url.includes('\u0000') || /%00/i.test(url))
      return problemResponse(problem('not-found', requestLocale(c)));
    await next();
  };
}
