// Meetings for browser tests, open for registration at the real current time.
import { createMeeting, scheduleOpenAt, type MeetingBody } from '../../support/factories/meeting';
import type { TestServer } from '../../support/harness';

export async function createOpenMeeting(
  server: TestServer,
  overrides: Partial<MeetingBody> = {},
): Promise<string> {
  const slug = await createMeeting(server, { ...scheduleOpenAt(new Date()), ...overrides });
  // The harness's check-in account staffs every meeting's desk.
  await server.joinTeam(slug, 'checkin');
  return slug;
}

export async function registrationsOf(
  server: TestServer,
  slug: string,
): Promise<Array<{ id: string; fullName: string; status: string }>> {
  const token = await server.tokenFor('organizer');
  return (
    await server.json<Array<{ id: string; fullName: string; status: string }>>(
      'GET',
      `/api/meetings/${slug}/registrations`,
      { token },
    )
  ).body;
}
