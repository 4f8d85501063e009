// A programme as the API shows it: its text and its published meetings, in the order they take
// place, each with its schedule (instants with the meeting's offset), venue and window state.
import type { ProgrammeMeetingView, ProgrammeView } from '../../../shared/api/programmes';
import { registrationWindowState } from '../../../shared/registrationWindow';
import type { Text } from '../../../shared/schemas/common';
import { instantWithOffset } from '../../../shared/time/zone';
import type { MeetingRow } from '../../db/repositories/meetings';
import type { ProgrammeRow } from '../../db/repositories/programmes';
import { meetingInputOf } from '../meetingView';

export function programmeMeetingView(row: MeetingRow, now: Date): ProgrammeMeetingView {
  const input = meetingInputOf(row);
  return {
    slug: row.slug,
    title: input.title,
    startsAt: instantWithOffset(new Date(row.starts_at), row.timezone),
    endsAt: instantWithOffset(new Date(row.ends_at), row.timezone),
    venue: input.venue,
    registrationState: registrationWindowState(now, row.opens_at, row.closes_at),
    workshops: (input.workshops ?? []).map((w) => ({ id: w.id, title: w.title })),
  };
}

export function programmeView(row: ProgrammeRow, meetings: MeetingRow[], now: Date): ProgrammeView {
  const text = JSON.parse(row.data) as { title: Text; description?: Text };
  return {
    slug: row.slug,
    title: text.title,
    description: text.description ?? null,
    meetings: meetings.map((m) => programmeMeetingView(m, now)),
  };
}
