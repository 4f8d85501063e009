// Meetings for tests: the Tangier meeting's body, the same open at any instant, and one created
// through the API as its organizer would.
import { randomUUID } from 'node:crypto';
import type * as v from 'valibot';
import type { MeetingInputSchema } from '../../../shared/schemas/meeting';
import type { StaffRole } from '../../../shared/enums';
import { MOROCCO_TZ, instantToWallTime } from '../../../shared/time/zone';
import type { TestServer } from '../harness';

/** The body as an organizer's form sends it. */
export type MeetingBody = v.InferInput<typeof MeetingInputSchema>;

/** A valid meeting body (Tangier, two workshops), open for registration at the harness's clock. */
export function meetingBody(overrides: Partial<MeetingBody> = {}): MeetingBody {
  return {
    slug: 'tanger-2026',
    title: { ar: 'اللقاء التشاوري الجهوي بطنجة', fr: 'Rencontre consultative régionale de Tanger' },
    description: { ar: 'إعداد خطة العمل الوطنية للحكومة المنفتحة' },
    programme: [
      { time: '09:00', title: { ar: 'استقبال وتسجيل المشاركين', fr: 'Accueil et inscription' } },
      { time: '09:30', title: { ar: 'الجلسة الافتتاحية', fr: "Séance d'ouverture" } },
    ],
    venue: {
      name: 'Grand Mogador',
      address: 'Avenue Mohammed VI',
      provinceCode: 'tanger-assilah',
      lat: 35.7806,
      lng: -5.8136,
    },
    startsAt: '2026-12-12T09:00',
    endsAt: '2026-12-12T15:30',
    registration: { opensAt: '2026-11-20T09:00', closesAt: '2026-12-05T23:59' },
    capacity: 80,
    approval: 'auto',
    waitlist: true,
    eligibleRegions: ['01'],
    workshops: [
      { id: 'w1', title: { ar: 'الورشة الأولى', fr: 'Atelier 1' }, capacity: 30 },
      { id: 'w2', title: { ar: 'الورشة الثانية', fr: 'Atelier 2' }, capacity: 30 },
    ],
    status: 'published',
    ...overrides,
  };
}

/**
 * Dates that keep a meeting open for registration at `now` (a real process's or a browser's
 * clock): registration opened a day before and closes in ten days, the meeting is in twenty.
 */
export function scheduleOpenAt(
  now: Date,
): Pick<MeetingBody, 'startsAt' | 'endsAt' | 'registration'> {
  const wall = (days: number) =>
    instantToWallTime(new Date(now.getTime() + days * 86_400_000), MOROCCO_TZ);
  return {
    startsAt: wall(20),
    endsAt: wall(20.25),
    registration: { opensAt: wall(-1), closesAt: wall(10) },
  };
}

/** The meeting's body, open for registration at `now`. */
export function openMeetingBody(now: Date, overrides: Partial<MeetingBody> = {}): MeetingBody {
  return meetingBody({ ...scheduleOpenAt(now), ...overrides });
}

/** Creates the meeting (a fresh slug unless one is given) as `as` would; its slug. */
export async function createMeeting(
  server: TestServer,
  overrides: Partial<MeetingBody> = {},
  as: StaffRole = 'organizer',
): Promise<string> {
  const slug = overrides.slug ?? `m-${randomUUID().slice(0, 8)}`;
  const res = await server.json('POST', '/api/meetings', {
    token: await server.tokenFor(as),
    body: meetingBody({ ...overrides, slug }),
  });
  if (res.status !== 201)
    throw new Error(`meeting ${slug}: ${res.status} ${JSON.stringify(res.body)}`);
  return slug;
}
