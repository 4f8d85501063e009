// A device that resends after the server restarted still gets its original answer.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { meetingBody, startTestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';

describe('idempotency across a restart', () => {
  it('replays the same status and manage token from a fresh server process state', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'liqa-restart-'));
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const reuse = { schema, sqliteFile: 'liqa.sqlite' };
    const body = registrationBody({
      fullName: 'Yassine',
      gender: 'male',
      ageBand: '40-50',
      role: 'expert',
      provinceCode: 'larache',
      email: undefined,
      phone: '0698765432',
      locale: 'fr',
    });
    const first = await startTestServer({ dataDir, reuse });
    const org = await first.tokenFor('organizer');
    await first.call('POST', '/api/meetings', {
      token: org,
      body: meetingBody({ slug: 'restart' }),
    });
    const before = await first.json('POST', '/api/meetings/restart/registrations', { body });
    await first.close();

    const second = await startTestServer({ dataDir, reuse });
    try {
      const after = await second.json('POST', '/api/meetings/restart/registrations', { body });
      expect(after.status).toBe(201);
      expect(after.body).toEqual(before.body);
    } finally {
      if (second.db.dialect === 'postgres') {
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(second.db.kysely);
      }
      await second.close();
    }
  });
});
