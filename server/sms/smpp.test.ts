// The SMPP transport against a real SMPP server in-process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import smpp from 'smpp';
import { startSmppGateway, type SmppGateway } from '../../tests/support/smppGateway';
import { isPermanentFailure } from '../mail/retry';
import { smppTransport } from './smpp';
import type { SmsTransport } from './transport';

let gateway: SmppGateway;
let transport: SmsTransport;
beforeAll(async () => {
  gateway = await startSmppGateway();
  transport = smppTransport(`${gateway.url}?timeout=1000`);
});
afterAll(async () => {
  await transport.close();
  await gateway.close();
});

const sms = (text: string, to = '+212612345678') => ({ to, from: 'Liqa', text, reference: 7 });

describe('SMS over SMPP', () => {
  it('sends a short French text as one GSM SMS from the sender id', async () => {
    const before = gateway.received.length;
    await transport.send(sms('Rencontre de Tétouan : place confirmée.'), 'x');
    expect(gateway.received.slice(before)).toEqual([
      {
        to: '+212612345678',
        from: 'Liqa',
        text: 'Rencontre de Tétouan : place confirmée.',
        dataCoding: 0,
        parts: 1,
      },
    ]);
  });

  it('sends a long Arabic text as UCS-2 parts the phone joins into one', async () => {
    const text = `لقاء تطوان: مقعدك مؤكد. 28/11/2026 09:00، دار الثقافة. https://liqa.ma/r/${'a'.repeat(80)}`;
    const before = gateway.received.length;
    const { messageId } = await transport.send(sms(text), 'x');
    const [got] = gateway.received.slice(before);
    expect(got).toMatchObject({ text, dataCoding: 8 });
    expect(got?.parts).toBeGreaterThan(1);
    expect(messageId.split(',')).toHaveLength(got?.parts ?? 0);
  });

  it('reads a throttling reply as worth another try, a bad number as final', async () => {
    gateway.refuseNext(smpp.errors.ESME_RTHROTTLED as number);
    const throttled = await transport.send(sms('a'), 'x').catch((e: unknown) => e);
    expect(throttled).toMatchObject({ message: expect.stringMatching(/ESME_RTHROTTLED/) });
    expect(isPermanentFailure(throttled)).toBe(false);

    gateway.refuseNext(smpp.errors.ESME_RINVDSTADR as number);
    const refused = await transport.send(sms('a'), 'x').catch((e: unknown) => e);
    expect(refused).toMatchObject({ message: expect.stringMatching(/ESME_RINVDSTADR/) });
    expect(isPermanentFailure(refused)).toBe(true);
  });

  it('fails an SMS in flight when the bind drops, for another try, then binds again', async () => {
    await transport.send(sms('before'), 'x');
    const binds = gateway.binds;
    const held = gateway.holdNext();
    const inFlight = transport.send(sms('in flight'), 'x').catch((e: unknown) => e);
    await held;
    gateway.dropBinds();
    const err = await inFlight;
    expect(err).toMatchObject({ message: expect.stringMatching(/link lost/) });
    expect(isPermanentFailure(err)).toBe(false);
    await transport.send(sms('after the drop'), 'x');
    expect(gateway.binds).toBe(binds + 1);
    expect(gateway.received.at(-1)?.text).toBe('after the drop');
  });

  it('gives up on an answer that never comes, as a temporary failure, and recovers', async () => {
    const held = gateway.holdNext();
    const failure = transport.send(sms('held'), 'x').catch((e: unknown) => e);
    await held;
    const err = await failure;
    expect(err).toMatchObject({ message: expect.stringMatching(/link lost/) });
    expect(isPermanentFailure(err)).toBe(false);
    await transport.send(sms('next'), 'x');
    expect(gateway.received.at(-1)?.text).toBe('next');
  });

  it('reports a refused bind (wrong password) without calling the SMS bad', async () => {
    const wrong = smppTransport(gateway.url.replace(':secret@', ':wrong@'));
    const err = await wrong.send(sms('x'), 'x').catch((e: unknown) => e);
    await wrong.close();
    expect(err).toMatchObject({
      message: expect.stringMatching(/refused the bind: ESME_RBINDFAIL/),
    });
    expect(isPermanentFailure(err)).toBe(false);
  });

  it('fails at once, for another try, when the gateway is not listening', async () => {
    await gateway.down();
    try {
      const err = await transport.send(sms('x'), 'x').catch((e: unknown) => e);
      expect(err).toMatchObject({ message: expect.stringMatching(/link lost/) });
      expect(isPermanentFailure(err)).toBe(false);
    } finally {
      await gateway.up();
    }
    await transport.send(sms('back'), 'x');
    expect(gateway.received.at(-1)?.text).toBe('back');
  });
});
