// Meetings for browser tests, open for registration at the real current time.
import { MOROCCO_TZ, instantToWallTime } from '../../../shared/time/zone';
import { meetingBody } from '../../support/harness';
import type { TestServer } from '../../support/harness';

const wall = (days: number) =>
  instantToWallTime(new Date(Date.now() + days * 86_400_000), MOROCCO_TZ);

export async function createOpenMeeting(
  server: TestServer,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const slug =
    (overrides.slug as string | undefined) ?? `m-${Math.random().toString(36).slice(2, 8)}`;
  const token = await server.tokenFor('organizer');
  const res = await server.json('POST', '/api/meetings', {
    token,
    body: meetingBody({
      slug,
      startsAt: wall(20),
      endsAt: wall(20.25),
      registration: { opensAt: wall(-1), closesAt: wall(10) },
      ...overrides,
    }),
  });
  if (res.status !== 201) throw new Error(`meeting not created: ${JSON.stringify(res.body)}`);
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
