import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingView } from '../../../shared/api/meetings';
import type { MeetingInput } from '../../../shared/schemas/meeting';
import { saveMeeting } from './saveMeeting';

const sent: Array<{ url: string; method: string; body: unknown }> = [];

function recordRequests() {
  sent.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      sent.push({ url, method: init.method ?? 'GET', body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify({ slug: 'agadir' }), { status: 200 });
    }),
  );
}
afterEach(() => vi.unstubAllGlobals());

const stored = {
  id: 'm1',
  slug: 'agadir',
  title: { ar: 'لقاء', fr: 'Rencontre' },
  capacity: 100,
  timezone: 'Africa/Casablanca',
  registrationState: 'open',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
} as unknown as MeetingView;

describe('saveMeeting', () => {
  it('creates a new meeting with the whole form', async () => {
    recordRequests();
    const input = { slug: 'agadir', capacity: 100 } as unknown as MeetingInput;
    await saveMeeting(input);
    expect(sent).toEqual([{ url: '/api/meetings', method: 'POST', body: input }]);
  });

  it('sends an edit as a merge patch: a field taken out is null, the fields only the server writes are left alone', async () => {
    recordRequests();
    const input = { slug: 'agadir', title: stored.title, capacity: 120 };
    await saveMeeting(input as unknown as MeetingInput, stored);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: '/api/meetings/agadir', method: 'PATCH' });
    expect(sent[0]?.body).toEqual({ ...input, timezone: null });
  });
});
