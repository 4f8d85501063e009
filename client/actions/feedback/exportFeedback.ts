// Take the feedback away as a file: the address a plain link downloads with the session cookie.
import { feedbackExportUrl } from '../../api/feedback';

export function feedbackFileUrl(slug: string, format: 'csv' | 'xlsx'): string {
  return feedbackExportUrl(slug, format);
}
