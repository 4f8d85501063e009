// The one error type of every server layer: a stable API code, optionally with field errors.
import type { ErrorCode, FieldError } from '../../shared/errors';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? code);
    this.name = 'DomainError';
  }
}
