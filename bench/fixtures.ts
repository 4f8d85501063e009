// Meetings and participants for the benchmarks, open for registration right now.
import { randomUUID } from 'node:crypto';
import { MOROCCO_TZ, instantToWallTime } from '../shared/time/zone';
import { registrationBody } from '../tests/support/factories/registration';

export function openMeeting(slug: string, capacity: number, waitlist = true) {
  const wall = (offsetDays: number) =>
    instantToWallTime(new Date(Date.now() + offsetDays * 86_400_000), MOROCCO_TZ);
  return {
    slug,
    title: { ar: 'لقاء تشاوري', fr: 'Rencontre consultative' },
    venue: { name: 'Grand Mogador', provinceCode: 'tanger-assilah' },
    startsAt: wall(20),
    endsAt: wall(20.3),
    registration: { opensAt: wall(-1), closesAt: wall(10) },
    capacity,
    approval: 'auto',
    waitlist,
    workshops: [{ id: 'w1', title: { ar: 'الورشة 1' } }],
    programme: [{ time: '09:00', title: { ar: 'استقبال المشاركين' } }],
    status: 'published',
  };
}

export function participant() {
  const id = randomUUID();
  return registrationBody({
    id,
    fullName: 'مشارك تجريبي',
    organization: 'جمعية',
    email: `${id}@bench.ma`,
  });
}

export async function createMeeting(url: string, token: string, body: unknown): Promise<void> {
  const res = await fetch(`${url}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`meeting not created: ${res.status} ${await res.text()}`);
}
