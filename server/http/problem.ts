// RFC 9457 problem+json: the only shape an error leaves the server in.
import { ERROR_STATUS, type ErrorCode, type FieldError, type Problem } from '../../shared/errors';
import type { Locale } from '../../shared/enums';
import { ERROR_TITLES } from '../../shared/i18n/errorMessages';

export function problem(
  code: ErrorCode,
  locale: Locale,
  detail?: string,
  errors?: FieldError[],
): Problem {
  const title = ERROR_TITLES[code][locale];
  return {
    type: `https://liqa.ma/problems/${code}`,
    title,
    status: ERROR_STATUS[code],
    detail: detail ?? title,
    code,
    ...(errors ? { errors } : {}),
  };
}

export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(p), {
    status: p.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  });
}
