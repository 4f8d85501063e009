import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../shared/api/outbox';
import { countByStatus, listOrder } from './mailCounts';

const item = (id: number, status: OutboxItem['status']): OutboxItem => ({
  id,
  to: `p${id}@example.ma`,
  channel: 'email',
  kind: 'confirmation',
  status,
  attempts: 1,
  createdAt: '2026-11-23T10:00:00.000Z',
});

describe('the outbox at a glance', () => {
  const items = [item(1, 'sent'), item(2, 'failed'), item(3, 'queued'), item(4, 'sent')];

  it('counts sent, queued and failed e-mails', () => {
    expect(countByStatus(items)).toEqual({ sent: 2, queued: 1, failed: 1 });
  });

  it('lists failures first, then the queue, then what was sent, newest first', () => {
    expect(listOrder(items).map((i) => i.id)).toEqual([2, 3, 4, 1]);
  });
});
