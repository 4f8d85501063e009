import { describe, expect, it } from 'vitest';
import { arrivalOf, localArrivals, verdictFor } from './arrival';
import { event, person } from '../../tests/support/client/testRoster';

const ME = 'مكتب 1~aaaaaaaa';

describe('what the desk answers', () => {
  it('green for someone on the list not yet arrived', () => {
    expect(verdictFor(person('1'), null).kind).toBe('checked-in');
  });

  it('red for a ticket on nobody, or a person no longer accepted', () => {
    expect(verdictFor(undefined, null).kind).toBe('unknown');
    expect(verdictFor(person('1', { status: 'cancelled' }), null).kind).toBe('not-accepted');
    expect(verdictFor(person('1', { walkIn: { state: 'refused' } }), null).kind).toBe(
      'not-accepted',
    );
  });

  it('amber with the time and desk of this desk’s earlier scan, even before any sync', () => {
    const arrivals = localArrivals([event('e1', { registrationId: '1' })]);
    const verdict = verdictFor(person('1'), arrivalOf(person('1'), arrivals.get('1')));
    expect(verdict).toMatchObject({
      kind: 'already-checked-in',
      arrival: { at: '2026-12-12T09:10:00.000Z', deviceId: ME },
    });
  });

  it('amber from the roster when another desk was first', () => {
    const p = person('1', {
      checkedInAt: '2026-12-12T09:02:00.000Z',
      checkedInBy: 'مكتب 2~bbbbbbbb',
    });
    expect(arrivalOf(p, undefined)).toEqual({
      at: '2026-12-12T09:02:00.000Z',
      deviceId: 'مكتب 2~bbbbbbbb',
    });
  });

  it('keeps the earliest scan, whichever side knows it', () => {
    const p = person('1', { checkedInAt: '2026-12-12T09:20:00.000Z', checkedInBy: 'x' });
    const arrivals = localArrivals([event('e1', { registrationId: '1' })]);
    expect(arrivalOf(p, arrivals.get('1'))?.deviceId).toBe(ME);
  });

  it('learns from the server’s answer that another desk scanned earlier', () => {
    const arrivals = localArrivals([
      event('e1', {
        registrationId: '1',
        server: {
          outcome: 'already-checked-in',
          registrationId: '1',
          checkedInAt: '2026-12-12T09:01:00.000Z',
        },
      }),
    ]);
    expect(arrivals.get('1')).toEqual({ at: '2026-12-12T09:01:00.000Z', deviceId: null });
  });

  it('does not count events the server matched to nobody, or that were red here', () => {
    const arrivals = localArrivals([
      event('e1', {
        registrationId: '1',
        server: { outcome: 'not-accepted', registrationId: '1' },
      }),
      event('e2', { registrationId: '2', local: 'unknown' }),
    ]);
    expect(arrivals.size).toBe(0);
  });
});
