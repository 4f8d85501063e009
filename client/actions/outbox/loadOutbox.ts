// Open a meeting's e-mails and SMS (organizers): every message with its state, and whether the
// server keeps copies to read back here (.eml files, SMS .txt files).
import type { OutboxList } from '../../../shared/api/outbox';
import type { Locale } from '../../../shared/enums';
import { listOutbox } from '../../api/outbox';

export function loadOutbox(
  slug: string,
  locale: Locale,
  signal?: AbortSignal,
): Promise<OutboxList> {
  return listOutbox(slug, locale, signal);
}
