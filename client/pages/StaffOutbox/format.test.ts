import { describe, expect, it } from 'vitest';
import { meetingClock, offsetMinutes } from './format';

describe("the meeting's clock", () => {
  it('reads offsets east and west of UTC', () => {
    expect(offsetMinutes('2026-12-12T09:00:00+00:00')).toBe(0);
    expect(offsetMinutes('2025-06-12T09:00:00+01:00')).toBe(60);
    expect(offsetMinutes('2025-06-12T09:00:00-03:30')).toBe(-210);
  });

  it('shows an instant at the offset of the meeting, whatever the device says', () => {
    expect(meetingClock('2025-06-10T08:00:00.000Z', '2025-06-12T09:00:00+01:00', 'en')).toMatch(
      /10 Jun 2025,? 09:00/,
    );
    expect(meetingClock('2026-12-10T09:00:00.000Z', '2026-12-12T09:00:00+00:00', 'fr')).toMatch(
      /10 déc\.? 2026,? 09:00/,
    );
  });
});
