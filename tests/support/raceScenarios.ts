// Races a hostile tester runs against the registration state machine: the same request sent
// several times at once, and different requests on the same people at once. Each scenario
// drives the HTTP API (one process in-process, or several real processes round-robin) and
// ends with the meeting's books checked from scratch.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/schema';
import {
  seatInvariantViolations,
  type SeatBooks,
} from '../../server/domain/registration/seatInvariant';
import { openMeetingBody, type MeetingBody } from './factories/meeting';
import { registrationBody } from './factories/registration';

export interface RaceApi {
  call(
    method: string,
    path: string,
    init?: { body?: unknown; token?: string },
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  organizer: string;
  db: Kysely<Database>;
  /** The servers' clock, for a registration window open now. */
  now: Date;
}

interface Person {
  id: string;
  status: string;
  manageToken: string;
}

export interface RaceOutcome {
  violations: string[];
  books: SeatBooks;
  answers: Array<{ status: number; body: Record<string, unknown> }>;
  finalStatus: Record<string, string>;
}

async function openMeeting(
  api: RaceApi,
  overrides: Partial<MeetingBody>,
): Promise<{ slug: string; id: string }> {
  const slug = `race-${randomUUID().slice(0, 8)}`;
  const res = await api.call('POST', '/api/meetings', {
    token: api.organizer,
    body: openMeetingBody(api.now, { slug, ...overrides }),
  });
  if (res.status !== 201) throw new Error(`meeting: ${res.status} ${JSON.stringify(res.body)}`);
  const row = await api.db
    .selectFrom('meetings')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return { slug, id: row.id };
}

export function personBody(workshopId?: string) {
  return registrationBody({
    fullName: 'مشاركة',
    role: 'citizen',
    provinceCode: 'tanger-assilah',
    ...(workshopId ? { workshopId } : {}),
  });
}

async function register(api: RaceApi, slug: string, workshopId?: string): Promise<Person> {
  const res = await api.call('POST', `/api/meetings/${slug}/registrations`, {
    body: personBody(workshopId),
  });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as unknown as Person;
}

async function registerMany(api: RaceApi, slug: string, n: number): Promise<Person[]> {
  const people: Person[] = [];
  // In turn: the order decides who is accepted and who waits.
  for (let i = 0; i < n; i++) people.push(await register(api, slug, i % 2 ? 'w1' : 'w2'));
  return people;
}

const cancel = (api: RaceApi, p: Person) =>
  api.call('POST', `/api/registrations/${p.id}/cancel`, { token: p.manageToken });

const decide = (api: RaceApi, slug: string, id: string, status: string) =>
  api.call('POST', `/api/meetings/${slug}/registrations/decisions`, {
    token: api.organizer,
    body: { decisions: [{ id, status }] },
  });

async function outcome(
  api: RaceApi,
  meetingId: string,
  answers: RaceOutcome['answers'],
): Promise<RaceOutcome> {
  const { violations, books } = await seatInvariantViolations(api.db, meetingId);
  const rows = await api.db
    .selectFrom('registrations')
    .select(['id', 'status'])
    .where('meeting_id', '=', meetingId)
    .execute();
  return {
    violations,
    books,
    answers,
    finalStatus: Object.fromEntries(rows.map((r) => [r.id, r.status])),
  };
}

/** Two seats, two accepted and three waiting: the first accepted person cancels `copies` times. */
export async function sameCancel(api: RaceApi, copies = 3) {
  const { slug, id } = await openMeeting(api, { capacity: 2 });
  const people = await registerMany(api, slug, 5);
  const target = people[0] as Person;
  const answers = await Promise.all(Array.from({ length: copies }, () => cancel(api, target)));
  const result = await outcome(api, id, answers);
  return { ...result, target, waiting: people.slice(2) };
}

/** Three seats, manual approval, three pending: the first is accepted `copies` times at once,
 * then the other two one after the other (the seats are there). */
export async function sameAccept(api: RaceApi, copies = 3) {
  const { slug, id } = await openMeeting(api, { capacity: 3, approval: 'manual' });
  const people = await registerMany(api, slug, 3);
  const [first, ...others] = people as [Person, ...Person[]];
  const answers = await Promise.all(
    Array.from({ length: copies }, () => decide(api, slug, first.id, 'accepted')),
  );
  const later = [];
  for (const p of others) later.push(await decide(api, slug, p.id, 'accepted'));
  return { ...(await outcome(api, id, answers)), later };
}

/** Three seats taken: the first accepted person is rejected `copies` times at once. */
export async function sameReject(api: RaceApi, copies = 3) {
  const { slug, id } = await openMeeting(api, { capacity: 3 });
  const people = await registerMany(api, slug, 3);
  const target = people[0] as Person;
  const answers = await Promise.all(
    Array.from({ length: copies }, () => decide(api, slug, target.id, 'rejected')),
  );
  return { ...(await outcome(api, id, answers)), target };
}

/** The participant cancels while the organizer rejects them. */
export async function cancelVersusReject(api: RaceApi) {
  const { slug, id } = await openMeeting(api, { capacity: 2 });
  const people = await registerMany(api, slug, 3);
  const target = people[0] as Person;
  const [cancelled, rejected] = await Promise.all([
    cancel(api, target),
    decide(api, slug, target.id, 'rejected'),
  ]);
  return { ...(await outcome(api, id, [cancelled, rejected])), target, cancelled, rejected };
}

/**
 * Ten seats, ten accepted and four waiting; then at once: twelve newcomers (each sent twice),
 * four accepted people cancelling (twice each), two rejected and one waiting person accepted
 * by the organizer (twice each).
 */
export async function mixed(api: RaceApi) {
  const { slug, id } = await openMeeting(api, { capacity: 10 });
  const people = await registerMany(api, slug, 14);
  const newcomers = Array.from({ length: 12 }, (_, i) => personBody(i % 2 ? 'w1' : 'w2'));
  const cancelling = people.slice(0, 4);
  const rejected = people.slice(4, 6);
  const promoted = people[10] as Person;
  const requests: Array<() => Promise<RaceOutcome['answers'][number]>> = [];
  for (const body of newcomers)
    for (let copy = 0; copy < 2; copy++)
      requests.push(() => api.call('POST', `/api/meetings/${slug}/registrations`, { body }));
  for (const p of cancelling) for (let c = 0; c < 2; c++) requests.push(() => cancel(api, p));
  for (const p of rejected)
    for (let c = 0; c < 2; c++) requests.push(() => decide(api, slug, p.id, 'rejected'));
  for (let c = 0; c < 2; c++) requests.push(() => decide(api, slug, promoted.id, 'accepted'));
  // Shuffled so that each kind of request meets each other kind.
  for (let i = requests.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [requests[i], requests[j]] = [requests[j] as never, requests[i] as never];
  }
  const answers = await Promise.all(requests.map((r) => r()));
  const result = await outcome(api, id, answers);
  const stored = newcomers.filter((b) => result.finalStatus[b.id] !== undefined).length;
  return { ...result, newcomers: newcomers.length, stored, cancelling };
}
