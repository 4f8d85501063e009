// Stable error codes of the HTTP contract and the status each one answers with.
export const ERROR_STATUS = {
  validation: 422,
  'registration-not-open': 409,
  'registration-closed': 409,
  'duplicate-registration': 409,
  'not-eligible': 422,
  'capacity-exceeded': 409,
  'idempotency-conflict': 409,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'payload-too-large': 413,
  'rate-limited': 429,
  conflict: 409,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
}
