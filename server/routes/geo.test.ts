import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../tests/support/harness';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

describe('geography', () => {
  it('lists the 12 regions in code order with Arabic and French names', async () => {
    const { body } = await s.json<Array<{ code: string; name: { ar: string; fr: string } }>>(
      'GET',
      '/api/geo/regions',
    );
    expect(body.map((r) => r.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
    ]);
    expect(body[0]?.name.fr).toBe('Tanger-Tétouan-Al Hoceïma');
    expect(body[0]?.name.ar).toMatch(/طنجة/);
  });

  it('lists the 75 prefectures and provinces with region and coordinates', async () => {
    const { body } = await s.json<
      Array<{ code: string; regionCode: string; lat: number; lng: number }>
    >('GET', '/api/geo/provinces');
    expect(body).toHaveLength(75);
    const tetouan = body.find((p) => p.code === 'tetouan');
    expect(tetouan).toMatchObject({ regionCode: '01' });
    expect(tetouan?.lat).toBeCloseTo(35.57, 1);
  });
});
