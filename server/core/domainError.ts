// The one error type of every server layer: a stable API code, optionally with a detail for
// people, field errors and response headers (`Retry-After`).
import type { ErrorCode, FieldError } from '../../shared/errors';

export interface DomainErrorOptions {
  /** A sentence for the person, in their language (the problem's `detail`). */
  detail?: string;
  /** Field errors (the problem's `errors`), each with its dotted `path`. */
  errors?: FieldError[];
  headers?: Record<string, string>;
}

export class DomainError extends Error {
  readonly detail?: string;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    options: DomainErrorOptions = {},
  ) {
    super(options.detail ?? code);
    this.name = 'DomainError';
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers;
  }
}
