import { describe, expect, it } from 'vitest';
import { PAGE_ROUTES } from '../../../shared/routes';
import { MEETING_SCREENS, screenAddress } from './screens';

describe("the meeting overview's links", () => {
  it('reach every staff screen of the meeting', () => {
    const screens = PAGE_ROUTES.filter((r) => r.startsWith('/staff/m/:slug/'));
    expect(Object.keys(MEETING_SCREENS).sort()).toEqual([...screens].sort());
  });

  it("put the meeting's slug in the address", () => {
    expect(screenAddress('/staff/m/:slug/feedback', 'tanger 2026')).toBe(
      '/staff/m/tanger%202026/feedback',
    );
  });
});
