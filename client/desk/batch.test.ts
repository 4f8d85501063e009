import { describe, expect, it } from 'vitest';
import { queued } from '../../tests/support/client/testWriteQueue';
import { MAX_EVENTS_PER_BATCH, withEvent, type CheckinEventBody } from './batch';
import { wallClock } from './clock';
import { deskLabelOf, deviceIdOf } from './deskIdentity';

const URL = '/api/meetings/tanger/checkins';
const ev = (id: string): CheckinEventBody => ({
  id,
  registrationId: 'r',
  at: '2026-12-12T09:00:00Z',
  method: 'search',
});
const batch = (events: CheckinEventBody[], over = {}) =>
  queued('b1', { kind: 'checkin', url: URL, body: { deviceId: 'd', events }, ...over });

describe('check-in batches in the write queue', () => {
  it('a waiting batch takes the next event', () => {
    const next = withEvent(batch([ev('1')]), URL, 'd', ev('2'));
    expect((next?.body as { events: CheckinEventBody[] }).events.map((e) => e.id)).toEqual([
      '1',
      '2',
    ]);
  });

  it('a batch being sent, full, of another desk or meeting takes none', () => {
    expect(withEvent(batch([ev('1')], { state: 'sending' }), URL, 'd', ev('2'))).toBeNull();
    const full = Array.from({ length: MAX_EVENTS_PER_BATCH }, (_, i) => ev(String(i)));
    expect(withEvent(batch(full), URL, 'd', ev('x'))).toBeNull();
    expect(withEvent(batch([ev('1')]), URL, 'other', ev('2'))).toBeNull();
    expect(withEvent(batch([ev('1')]), '/api/meetings/rabat/checkins', 'd', ev('2'))).toBeNull();
  });
});

describe('desk names and times', () => {
  it('carry the desk’s label inside its deviceId', () => {
    const id = deviceIdOf('3f9a0c1d-1111-4222-8333-444455556666', ' مكتب   2 ');
    expect(id).toBe('مكتب 2~3f9a0c1d');
    expect(deskLabelOf(id)).toBe('مكتب 2');
    expect(deskLabelOf('desk-1')).toBe('desk-1');
  });

  it('show a scan in the meeting’s wall time, whatever the phone’s zone', () => {
    expect(wallClock('2026-12-12T09:12:30.000Z', '2026-12-12T09:00:00+00:00')).toBe('09:12');
    expect(wallClock('2026-03-01T08:12:30.000Z', '2026-03-01T09:00:00+01:00')).toBe('09:12');
  });
});
