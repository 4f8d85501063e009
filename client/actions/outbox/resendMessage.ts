// Send a failed message again: the server puts it back in its queue, due now.
import type { OutboxItem } from '../../../shared/api/outbox';
import { resendMail } from '../../api/outbox';

export function resendMessage(slug: string, id: number): Promise<OutboxItem> {
  return resendMail(slug, id);
}
