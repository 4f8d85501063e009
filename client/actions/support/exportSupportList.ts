// Take a support list away as a file to sign: the address a plain link downloads with the
// session cookie.
import type { SupportList } from '../../../shared/api/support';
import { supportExportUrl } from '../../api/support';

export function supportListFileUrl(
  slug: string,
  list: SupportList,
  format: 'csv' | 'xlsx',
): string {
  return supportExportUrl(slug, list, format);
}
