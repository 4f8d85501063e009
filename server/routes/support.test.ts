// Travel and lodging support over HTTP: a participant's request with the private link and
// its answer (eligibility, reasons, who may ask).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../tests/support/harness';
import type { SupportRequestView } from '../../shared/api/support';
import { supportKit } from '../../tests/support/supportKit';

let s: TestServer;
let kit: ReturnType<typeof supportKit>;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  kit = supportKit(s, await s.tokenFor('organizer'));
});
afterAll(() => s.close());
describe('a participant asking for support', () => {
  it('is answered at once with eligibility and a reason (Tétouan: travel only)', async () => {
    const slug = await kit.meeting();
    const reg = await kit.register(slug, 'tetouan');
    const res = await kit.ask(reg, { travel: true, lodging: true });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('requested');
    expect(res.body.eligibility.travel).toEqual({
      eligible: true,
      reason: 'Tétouan is 60 km from the venue; travel is covered from 30 km.',
    });
    expect(res.body.eligibility.lodging.eligible).toBe(false);
  });

  it('gets travel and lodging from Al Hoceïma, nothing from the venue province', async () => {
    const slug = await kit.meeting();
    const far = await kit.ask(await kit.register(slug, 'al-hoceima'), {
      travel: true,
      lodging: true,
    });
    expect([far.body.eligibility.travel.eligible, far.body.eligibility.lodging.eligible]).toEqual([
      true,
      true,
    ]);
    const local = await kit.ask(
      await kit.register(slug, 'tanger-assilah'),
      { travel: true, lodging: false },
      'ar',
    );
    expect(local.body.distanceKm).toBe(0);
    expect(local.body.eligibility.travel.eligible).toBe(false);
    expect(local.body.eligibility.travel.reason).toMatch(/^طنجة أصيلة هو إقليم مكان اللقاء/);
  });

  it("answers 404 to another participant's token and 401 to none", async () => {
    const slug = await kit.meeting();
    const mine = await kit.register(slug, 'tetouan');
    const other = await kit.register(slug, 'larache');
    const wrong = await kit.ask(
      { id: mine.id, manageToken: other.manageToken },
      { travel: true, lodging: false },
    );
    expect(wrong.status).toBe(404);
    const none = await s.json('POST', `/api/registrations/${mine.id}/support`, {
      body: { travel: true, lodging: false },
    });
    expect(none.status).toBe(401);
  });

  it('keeps one request per registration: asking again replaces it', async () => {
    const slug = await kit.meeting();
    const reg = await kit.register(slug, 'tetouan');
    await kit.ask(reg, { travel: true, lodging: false });
    const again = await kit.ask(reg, {
      travel: true,
      lodging: true,
      departureProvinceCode: 'al-hoceima',
      nights: 2,
      note: 'Bus',
    });
    expect(again.body.eligibility.lodging.eligible).toBe(true);
    const seen = await s.json<SupportRequestView>('GET', `/api/registrations/${reg.id}/support`, {
      token: reg.manageToken,
    });
    expect([seen.body.departureProvinceCode, seen.body.nights, seen.body.note]).toEqual([
      'al-hoceima',
      2,
      'Bus',
    ]);
    expect((await kit.travelList(slug)).body).toHaveLength(1);
  });

  it('answers a replayed request exactly as the first time', async () => {
    const slug = await kit.meeting();
    const reg = await kit.register(slug, 'al-hoceima');
    const body = { travel: true, lodging: true, nights: 2 };
    const first = await kit.ask(reg, body);
    const again = await kit.ask(reg, body);
    expect(again.status).toBe(201);
    expect(again.body.eligibility).toEqual(first.body.eligibility);
    expect(again.body.requestedAt).toBe(first.body.requestedAt);
  });

  it('withdraws the request when neither list is asked for', async () => {
    const slug = await kit.meeting();
    const reg = await kit.register(slug, 'al-hoceima');
    await kit.ask(reg, { travel: true, lodging: true });
    const withdrawn = await kit.ask(reg, { travel: false, lodging: false });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await kit.travelList(slug)).body).toHaveLength(0);
  });

  it('is refused with a reason while the registration is not accepted, when the policy says so', async () => {
    const slug = await kit.meeting({ approval: 'manual' });
    const reg = await kit.register(slug, 'tetouan');
    const res = await kit.ask(reg, { travel: true, lodging: false });
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe('Support can be requested once your registration is accepted.');
  });

  it('refuses an invalid body with field errors', async () => {
    const slug = await kit.meeting();
    const res = await kit.ask(await kit.register(slug, 'tetouan'), {
      travel: 'yes',
      lodging: false,
      departureProvinceCode: 'atlantis',
    });
    expect(res.status).toBe(422);
    expect(
      (res.body as unknown as { errors: Array<{ path: string }> }).errors.map((e) => e.path).sort(),
    ).toEqual(['departureProvinceCode', 'travel']);
  });
});
