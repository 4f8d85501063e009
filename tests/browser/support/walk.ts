// The data a walk through every page needs: the seed meeting (Tangier, 68 participants, all
// checked in) with a support policy, a participant's private link with a support request,
// feedback and a proposal, an e-mail in the outbox.
import type { TestServer } from '../../support/harness';
import { feedbackKit } from '../../support/feedbackKit';
import { TANGIER, buildSeedMeeting } from '../../support/reportSeeds';

export interface WalkParams {
  slug: string;
  registrationId: string;
  manageToken: string;
}

const SUPPORT_POLICY = {
  travel: { enabled: true, minDistanceKm: 30, seats: 10 },
  lodging: { enabled: true, minDistanceKm: 150, rooms: 5, nights: 1 },
  priorityAccessibility: true,
  acceptedOnly: true,
};

export async function seedWalk(s: TestServer): Promise<WalkParams> {
  const seed = { ...TANGIER, overrides: { ...TANGIER.overrides, support: SUPPORT_POLICY } };
  await buildSeedMeeting(s, seed);
  const kit = feedbackKit(s);
  const person = await kit.register(seed.slug, { provinceCode: 'al-hoceima' });
  const asked = await s.json('POST', `/api/registrations/${person.id}/support`, {
    token: person.manageToken,
    body: { travel: true, lodging: true, departureProvinceCode: 'al-hoceima' },
  });
  if (asked.status >= 300) throw new Error(`support: ${JSON.stringify(asked.body)}`);
  const sent = await kit.post(seed.slug, kit.body({ kind: 'on-site' }), {
    manageToken: person.manageToken,
  });
  if (sent.status >= 300) throw new Error(`feedback: ${JSON.stringify(sent.body)}`);
  return { slug: seed.slug, registrationId: person.id, manageToken: person.manageToken };
}
