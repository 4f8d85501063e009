// The one way a screen reads a server's refusal of an online intent: an intent resolves with
// its answer or rejects, and the screen turns what it rejected with into a Refusal to show.
import type { Locale } from '../../shared/enums';
import { ApiError, type ApiErrorCode } from '../api/http';
import { t } from '../i18n';

export interface Refusal {
  code: ApiErrorCode;
  /** The HTTP status; 0 when no answer came. */
  status: number;
  /** What to tell the person: the server's words (already in their language), or that the network failed. */
  text: string;
  /** The server's reason for each field ("venue.provinceCode" → "…"), to show beside it. */
  fields: Record<string, string>;
  /** No usable answer came (offline, the server unreachable, a proxy's page): worth trying again. */
  unreachable: boolean;
}

export function refusalOf(error: unknown, locale: Locale): Refusal {
  if (!(error instanceof ApiError) || error.code === 'network' || error.code === 'unknown') {
    return {
      code: error instanceof ApiError ? error.code : 'unknown',
      status: error instanceof ApiError ? error.status : 0,
      text: t('shell.network', undefined, locale),
      fields: error instanceof ApiError ? error.fieldErrors() : {},
      unreachable: true,
    };
  }
  return {
    code: error.code,
    status: error.status,
    text: error.message,
    fields: error.fieldErrors(),
    unreachable: false,
  };
}

/** The first field's reason when the server named one (a form with one field), else the text. */
export function refusalLine(refusal: Refusal): string {
  return Object.values(refusal.fields)[0] ?? refusal.text;
}
