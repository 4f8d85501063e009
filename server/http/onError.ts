// The single error path: domain errors become their problem; anything else is logged and a
// plain 500 problem goes out, never a stack trace.
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DomainError } from '../core/domainError';
import { requestLocale } from './locale';
import { problem, problemResponse } from './problem';

export const onError: ErrorHandler = (err, c) => {
  const locale = requestLocale(c);
  if (err instanceof DomainError) {
    return problemResponse(problem(err.code, locale, err.detail, err.errors), err.headers);
  }
  if (err instanceof HTTPException) {
    const code =
      err.status === 401
        ? 'unauthorized'
        : err.status === 403
          ? 'forbidden'
          : err.status === 404
            ? 'not-found'
            : err.status === 413
              ? 'payload-too-large'
              : err.status === 429
                ? 'rate-limited'
                : 'validation';
    return problemResponse(problem(code, locale));
  }
  console.error('[liqa] unexpected error', c.req.method, c.req.path, err);
  return problemResponse(problem('internal', locale));
};

export const apiNotFound: NotFoundHandler = (c) =>
  problemResponse(problem('not-found', requestLocale(c)));
