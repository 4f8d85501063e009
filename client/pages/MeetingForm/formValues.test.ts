import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../shared/api/meetings';
import {
  emptyValues,
  inputFromValues,
  sameTyping,
  valuesFromMeeting,
  wallInputValue,
  withFreshKeys,
} from './formValues';
import { mergePatchTo } from '../../../shared/mergePatch';

const meeting: MeetingView = {
  id: 'm1',
  slug: 'tanger-2026',
  title: { ar: 'لقاء طنجة', en: 'Tangier meeting' },
  venue: { name: 'Grand Mogador', provinceCode: 'tanger-assilah', lat: 35.77 },
  startsAt: '2026-12-12T09:00:00+00:00',
  endsAt: '2026-12-12T15:30:00+00:00',
  timezone: 'Africa/Casablanca',
  registration: { opensAt: '2026-11-01T09:00:00+00:00', closesAt: '2026-11-20T23:59:00+00:00' },
  capacity: 70,
  approval: 'manual',
  waitlist: false,
  workshops: [{ id: 'a', title: { ar: 'ورشة' }, capacity: 20 }],
  status: 'published',
  registrationState: 'open',
  seatsLeft: 70,
  createdAt: '2026-10-01T10:00:00.000Z',
  updatedAt: '2026-10-01T10:00:00.000Z',
  retentionDays: 90,
  personalDataEraseAt: '2027-03-12T15:30:00+00:00',
  personalDataErasedAt: null,
};

describe('wallInputValue', () => {
  it('keeps the wall time written before the offset, whatever the device zone', () => {
    expect(wallInputValue('2026-12-12T09:00:00+00:00')).toBe('2026-12-12T09:00');
    expect(wallInputValue('2023-10-28T09:00:00+01:00')).toBe('2023-10-28T09:00');
    expect(wallInputValue('nonsense')).toBe('');
  });
});

describe('form values', () => {
  it('round-trips a meeting into the body the API wants, with wall times', () => {
    const input = inputFromValues(valuesFromMeeting(meeting));
    expect(input).toMatchObject({
      slug: 'tanger-2026',
      title: { ar: 'لقاء طنجة', en: 'Tangier meeting' },
      venue: { name: 'Grand Mogador', provinceCode: 'tanger-assilah', lat: 35.77 },
      startsAt: '2026-12-12T09:00',
      registration: { opensAt: '2026-11-01T09:00', closesAt: '2026-11-20T23:59' },
      capacity: 70,
      workshops: [{ id: 'a', title: { ar: 'ورشة' }, capacity: 20 }],
    });
    expect(input).not.toHaveProperty('programme');
    expect(input.venue).not.toHaveProperty('lng');
  });

  it("keeps the meeting's SMS policy, and defaults to texting phone-only participants", () => {
    expect(inputFromValues(valuesFromMeeting({ ...meeting, sms: 'all' }))).toMatchObject({
      sms: 'all',
    });
    expect(inputFromValues(valuesFromMeeting(meeting))).toMatchObject({ sms: 'phone-only' });
  });

  it('reads decimal commas and leaves empty numbers out', () => {
    const input = inputFromValues({ ...emptyValues(), lat: '35,5', capacity: '' });
    expect(input.venue).toMatchObject({ lat: 35.5 });
    expect(input.capacity).toBeUndefined();
  });
});

describe('mergePatchTo', () => {
  it('removes with null what the form cleared, and replaces arrays whole', () => {
    const before = { title: { ar: 'أ', fr: 'A' }, workshops: [{ id: 'a' }], capacity: 5 };
    const after = { title: { ar: 'ب' }, capacity: 5 };
    expect(mergePatchTo(before, after)).toEqual({
      title: { ar: 'ب', fr: null },
      workshops: null,
      capacity: 5,
    });
  });
});

describe('a draft of the form', () => {
  it('counts as unchanged when only the row keys differ', () => {
    const start = valuesFromMeeting(meeting);
    const again = withFreshKeys(start);
    expect(again.workshops[0]!.key).not.toBe(start.workshops[0]!.key);
    expect(sameTyping(start, again)).toBe(true);
  });

  it('counts as changed once a field is typed into', () => {
    expect(sameTyping(emptyValues(), { ...emptyValues(), titleAr: 'لقاء' })).toBe(false);
  });
});
