// Read a sent message back from the copy the server keeps: an e-mail's .eml file, an SMS's
// .txt file (embedded defaults only), as text, or as the file itself to download.
import type { OutboxItem } from '../../../shared/api/outbox';
import type { Locale } from '../../../shared/enums';
import { emlUrl, readEmlText, readSmsText, smsUrl } from '../../api/outbox';

export function readSentMessage(
  slug: string,
  item: OutboxItem,
  locale: Locale,
  signal?: AbortSignal,
): Promise<string> {
  return item.channel === 'sms'
    ? readSmsText(slug, item.id, locale, signal)
    : readEmlText(slug, item.id, locale, signal);
}

export function sentMessageFileUrl(slug: string, item: OutboxItem): string {
  return item.channel === 'sms' ? smsUrl(slug, item.id) : emlUrl(slug, item.id);
}
