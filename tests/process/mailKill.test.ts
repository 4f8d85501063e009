// A Liqa process killed (SIGKILL) while its SMTP server was still taking the message: the row
// is left `sending` under a lease nobody renews. The next process sends it again well within a
// minute, under the same Message-ID, and it is delivered exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiqaProcess, type LiqaProcess } from '../support/liqaProcess';
import { startSlowSmtp, type SlowSmtp } from '../support/slowSmtp';
import { registrationBody } from '../support/factories/registration';
import { crashRun, openMeetingAsAdmin, post } from './support/crashRun';

const run = crashRun('kill');
const env = () => run.env({ SMTP_URL: smtp.url });
let smtp: SlowSmtp;

beforeAll(async () => {
  smtp = await startSlowSmtp();
});
afterAll(async () => {
  await smtp.close();
  await run.cleanUp();
});

describe('a crash in the middle of an SMTP conversation', () => {
  it('sends the message again within a minute, once, under the same Message-ID', async () => {
    // The relay takes the data and never answers while the first process lives.
    smtp.plan({ holdMs: 10 * 60_000 });
    let liqa = await startLiqaProcess(env());
    let survivor: LiqaProcess | null = null;
    try {
      const token = await openMeetingAsAdmin(liqa, 'kill');
      const registered = await post(
        liqa,
        '/api/meetings/kill/registrations',
        registrationBody({ fullName: 'Participante', role: 'citizen', locale: 'fr' }),
      );
      expect(registered.status).toBe(201);

      await smtp.arrivals(1);
      await liqa.kill();
      const killedAt = Date.now();
      expect(smtp.delivered).toEqual([]);

      survivor = liqa = await startLiqaProcess(env());
      await expect.poll(() => smtp.delivered.length, { timeout: 60_000, interval: 250 }).toBe(1);
      expect(Date.now() - killedAt).toBeLessThan(60_000);
      // The same message as the interrupted one, recognisable by its Message-ID.
      expect(smtp.delivered).toEqual([smtp.arrived[0]]);

      const outbox = await fetch(`${liqa.url}/api/meetings/kill/outbox`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const rows = (await outbox.json()) as Array<{ status: string; attempts: number }>;
      expect(rows).toMatchObject([{ status: 'sent', attempts: 2 }]);
      expect([...smtp.perMessageId().values()]).toEqual([1]);
    } finally {
      await (survivor ?? liqa).stop();
    }
  }, 120_000);
});
