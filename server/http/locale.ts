// Picks the language of messages: Accept-Language first match among ar, fr, en; Arabic otherwise.
import type { Context } from 'hono';
import type { AppEnv } from './env';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/enums';

export function localeFromHeader(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const match = ranked.find((r) => isLocale(r.lang));
  return match && isLocale(match.lang) ? match.lang : DEFAULT_LOCALE;
}

export function requestLocale(c: Context<AppEnv>): Locale {
  const fromBody = c.get('bodyLocale');
  if (isLocale(fromBody)) return fromBody;
  return localeFromHeader(c.req.header('accept-language'));
}
