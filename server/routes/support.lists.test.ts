// The organizers' support lists over HTTP: ranking, budget line, counts, roles, exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../tests/support/harness';
import { supportKit } from '../../tests/support/supportKit';

let s: TestServer;
let organizer: string;
let kit: ReturnType<typeof supportKit>;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  organizer = await s.tokenFor('organizer');
  kit = supportKit(s, organizer);
});
afterAll(() => s.close());

describe('the organizers’ lists', () => {
  it('rank by priority, then distance, then registration time, and mark the budget', async () => {
    const slug = await kit.meeting();
    const tetouan = await kit.register(slug, 'tetouan');
    const hoceima = await kit.register(slug, 'al-hoceima');
    const larache = await kit.register(slug, 'larache', { accessibility: ['wheelchair'] });
    const local = await kit.register(slug, 'tanger-assilah');
    for (const r of [tetouan, hoceima, larache, local])
      await kit.ask(r, { travel: true, lodging: false });
    const { status, body } = await kit.travelList(slug);
    expect(status).toBe(200);
    expect(body.map((i) => [i.registrationId, i.rank, i.eligible, i.withinBudget])).toEqual([
      [larache.id, 1, true, true],
      [hoceima.id, 2, true, true],
      [tetouan.id, 3, true, false],
      [local.id, 4, false, false],
    ]);
    expect(body[0]).toMatchObject({ provinceCode: 'larache', decision: 'pending', priority: true });
    const both = await s.json<{ travel: unknown[]; lodging: unknown[] }>(
      'GET',
      `/api/meetings/${slug}/support`,
      { token: organizer },
    );
    expect([both.body.travel.length, both.body.lodging.length]).toEqual([4, 0]);
    const summary = await s.json<{ travel: { eligible: number; remaining: number } }>(
      'GET',
      `/api/meetings/${slug}/support/summary`,
      { token: organizer },
    );
    expect(summary.body.travel).toMatchObject({ eligible: 3, remaining: 2 });
  });

  it('are for organizers only', async () => {
    const slug = await kit.meeting();
    const desk = await s.tokenFor('checkin');
    expect((await s.json('GET', `/api/meetings/${slug}/support`, { token: desk })).status).toBe(
      403,
    );
    expect((await s.json('GET', `/api/meetings/${slug}/support`)).status).toBe(401);
  });

  it('export the list the committee signs as CSV with a BOM and Arabic headings, and as XLSX', async () => {
    const slug = await kit.meeting();
    await kit.ask(await kit.register(slug, 'al-hoceima', { fullName: 'Hassan Amrani' }), {
      travel: true,
      lodging: true,
    });
    const csv = await s.call('GET', `/api/meetings/${slug}/support?list=lodging&format=csv`, {
      token: organizer,
    });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('الاسم الكامل');
    expect(text).toContain('Hassan Amrani');
    expect(text).toContain('الحسيمة');
    const xlsx = await s.call('GET', `/api/meetings/${slug}/support?list=travel&format=xlsx`, {
      token: organizer,
    });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      (await s.json('GET', `/api/meetings/${slug}/support?list=meals`, { token: organizer }))
        .status,
    ).toBe(422);
  });
});
