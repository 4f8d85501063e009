// Roster entries for the desk's unit tests.
import type { LocalCheckin, RosterEntry } from '../../../client/store/types';

export function person(id: string, over: Partial<RosterEntry> = {}): RosterEntry {
  return {
    id,
    meetingSlug: 'tanger',
    fullName: `Person ${id}`,
    organization: null,
    status: 'accepted',
    workshopId: null,
    checkedInAt: null,
    ticketHash: `hash-${id}`,
    ...over,
  };
}

export function event(id: string, over: Partial<LocalCheckin> = {}): LocalCheckin {
  return {
    id,
    meetingSlug: 'tanger',
    deviceId: 'مكتب 1~aaaaaaaa',
    registrationId: null,
    method: 'search',
    at: '2026-12-12T09:10:00.000Z',
    local: 'checked-in',
    ...over,
  };
}
