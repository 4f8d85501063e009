// Helpers of the support HTTP tests: a meeting with a support policy, registrations from a
// province, a participant's request and the organizers' travel list.
import { expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { registrationBody } from './factories/registration';
import { meetingBody, type TestServer } from './harness';
import type { SupportListItem, SupportRequestView } from '../../shared/api/support';

export type Reg = { id: string; manageToken: string };

export function supportKit(s: TestServer, organizer: string) {
  const policy = (over: Record<string, unknown> = {}) => ({
    travel: { enabled: true, minDistanceKm: 30, seats: 2 },
    lodging: { enabled: true, minDistanceKm: 150, rooms: 1, nights: 1 },
    priorityAccessibility: true,
    acceptedOnly: true,
    ...over,
  });

  async function meeting(over: Record<string, unknown> = {}) {
    const slug = `s-${randomUUID().slice(0, 8)}`;
    const res = await s.json('POST', '/api/meetings', {
      token: organizer,
      body: meetingBody({ slug, support: policy(), ...over }),
    });
    expect(res.status).toBe(201);
    return slug;
  }

  async function register(slug: string, provinceCode: string, over: Record<string, unknown> = {}) {
    const body = {
      ...registrationBody({
        fullName: `مشارك ${provinceCode}`,
        gender: 'male',
        ageBand: '40-50',
        organization: 'جمعية',
        locale: 'fr',
      }),
      provinceCode, // any code, a made-up one too: what the server says of it is under test
      ...over,
    };
    const res = await s.json<{ id: string; manageToken: string }>(
      'POST',
      `/api/meetings/${slug}/registrations`,
      { body },
    );
    expect(res.status).toBe(201);
    return res.body;
  }

  const ask = (reg: Reg, body: unknown, lang = 'en') =>
    s.json<SupportRequestView & { code?: string; detail?: string }>(
      'POST',
      `/api/registrations/${reg.id}/support`,
      {
        token: reg.manageToken,
        body,
        headers: { 'accept-language': lang },
      },
    );

  const travelList = (slug: string) =>
    s.json<SupportListItem[]>('GET', `/api/meetings/${slug}/support?list=travel`, {
      token: organizer,
      headers: { 'accept-language': 'en' },
    });

  return { meeting, register, ask, travelList };
}
