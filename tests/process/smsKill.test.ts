// A Liqa process killed (SIGKILL) while the SMPP gateway had not yet answered its submit_sm: the
// SMS row is left `sending` under a lease nobody renews. The next process binds again and sends
// it well within a minute; the gateway accepts it once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiqaProcess, type LiqaProcess } from '../support/liqaProcess';
import { startSmppGateway, type SmppGateway } from '../support/smppGateway';
import { registrationBody } from '../support/factories/registration';
import { crashRun, openMeetingAsAdmin, post } from './support/crashRun';

const run = crashRun('sms-kill');
const env = () => run.env({ SMS_URL: gateway.url });
let gateway: SmppGateway;

beforeAll(async () => {
  gateway = await startSmppGateway();
});
afterAll(async () => {
  await gateway.close();
  await run.cleanUp();
});

describe('a crash while the SMPP gateway has not answered', () => {
  it('sends the SMS again within a minute, and the gateway accepts it once', async () => {
    // The gateway takes the first submit_sm and never answers it while the first process lives.
    const held = gateway.holdNext();
    let liqa = await startLiqaProcess(env());
    let survivor: LiqaProcess | null = null;
    try {
      const token = await openMeetingAsAdmin(liqa, 'sms-kill');
      // A phone and no e-mail: the confirmation goes by SMS.
      const registered = await post(
        liqa,
        '/api/meetings/sms-kill/registrations',
        registrationBody({
          fullName: 'Participante',
          role: 'citizen',
          email: undefined,
          phone: '0612345678',
          locale: 'fr',
        }),
      );
      expect(registered.status).toBe(201);

      await held;
      await liqa.kill();
      const killedAt = Date.now();
      expect(gateway.received).toEqual([]);

      survivor = liqa = await startLiqaProcess(env());
      await expect.poll(() => gateway.received.length, { timeout: 60_000, interval: 250 }).toBe(1);
      expect(Date.now() - killedAt).toBeLessThan(60_000);
      expect(gateway.received[0]).toMatchObject({ to: '+212612345678' });
      expect(gateway.received[0]?.text).toContain('/r/');

      const outbox = await fetch(`${liqa.url}/api/meetings/sms-kill/outbox`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const rows = (await outbox.json()) as Array<{
        channel: string;
        status: string;
        attempts: number;
      }>;
      expect(rows).toMatchObject([{ channel: 'sms', status: 'sent', attempts: 2 }]);
    } finally {
      await (survivor ?? liqa).stop();
    }
  }, 120_000);
});
