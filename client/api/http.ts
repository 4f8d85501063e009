// The one door to the network: JSON in and out, the person's language, problem+json errors as
// a typed ApiError. No DOM here, so the service worker may use it too.
import { DEFAULT_LOCALE, type Locale } from '../../shared/enums';
import type { ErrorCode, FieldError } from '../../shared/errors';

/** An API code, or what went wrong before the API could answer. */
export type ApiErrorCode = ErrorCode | 'network' | 'unknown';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly errors: FieldError[];
  /** The problem's short title; `message` is its detail (the same text unless more is said). */
  readonly title: string;

  constructor(
    status: number,
    code: ApiErrorCode,
    title: string,
    errors: FieldError[] = [],
    detail?: string,
  ) {
    super(detail || title);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.title = title;
    this.errors = errors;
  }

  /** The server's message for each field path ("venue.provinceCode" → "…"). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) if (!(e.path in out)) out[e.path] = e.message;
    return out;
  }
}

let requestLocale: Locale = DEFAULT_LOCALE;

/** The language sent as Accept-Language; the app's locale store keeps it current. */
export function setRequestLocale(locale: Locale): void {
  requestLocale = locale;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

function isFieldErrorList(value: unknown): value is FieldError[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.path === 'string' &&
        typeof e.message === 'string',
    )
  );
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await res.json();
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): the status alone has to do.
  }
  const code = typeof body.code === 'string' ? (body.code as ErrorCode) : 'unknown';
  const title = typeof body.title === 'string' ? body.title : res.statusText || String(res.status);
  const detail = typeof body.detail === 'string' ? body.detail : undefined;
  return new ApiError(
    res.status,
    code,
    title,
    isFieldErrorList(body.errors) ? body.errors : [],
    detail,
  );
}

/** Sends a request to the API and returns its JSON body (undefined for 204). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': requestLocale,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', err instanceof Error ? err.message : 'network');
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
