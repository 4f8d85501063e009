// What to tell an admin when an account change is refused: the field's reason, else the problem.
import type { Locale } from '../../../shared/enums';
import { ApiError } from '../../api/http';
import { t } from '../../i18n';

export function failureText(err: unknown, locale: Locale): string {
  if (err instanceof ApiError && err.errors[0]) return err.errors[0].message;
  return err instanceof ApiError && err.code !== 'network'
    ? err.message
    : t('shell.network', undefined, locale);
}
