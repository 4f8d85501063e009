// How many e-mails stand in each state, and the order the list shows them in: what needs the
// organizer (failed) first, then what is on its way, then what went out; newest first in each.
import type { MailStatus, OutboxItem } from '../../../shared/api/outbox';

export const STATUS_ORDER: readonly MailStatus[] = ['failed', 'queued', 'sent'];

export type MailCounts = Record<MailStatus, number>;

export function countByStatus(items: readonly OutboxItem[]): MailCounts {
  const counts: MailCounts = { sent: 0, queued: 0, failed: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}

export function listOrder(items: readonly OutboxItem[]): OutboxItem[] {
  const rank = (s: MailStatus) => STATUS_ORDER.indexOf(s);
  return [...items].sort((a, b) => rank(a.status) - rank(b.status) || b.id - a.id);
}
