// Open a meeting's e-mails and SMS (organizers): every message with its state, and whether the
// server keeps copies to read back here (.eml files, SMS .txt files).
import type { Locale } from '../../../shared/enums';
import { listOutbox, type OutboxList } from '../../api/outbox';

export type { OutboxList };

export function loadOutbox(
  slug: string,
  locale: Locale,
  signal?: AbortSignal,
): Promise<OutboxList> {
  return listOutbox(slug, locale, signal);
}
