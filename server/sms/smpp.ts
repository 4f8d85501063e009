// SMS over SMPP 3.4 (the protocol every SMS aggregator speaks), with the `smpp` package: one
// transmitter bind per process, opened on the first SMS and kept alive with enquire_link; a
// link that drops or hangs fails what is in flight (the outbox tries again) and the next SMS
// binds afresh. A long text goes as concatenated parts, one submit_sm each.
import smpp, { type PDU, type Session } from 'smpp';
import { segmentSms } from './segments';
import { SmsGatewayError } from './errors';
import type { SmsTransport } from './transport';

const E = smpp.errors;

/**
 * Replies worth another try later: the gateway is busy or throttling us, or had a passing
 * fault. Everything else (a bad number, a refused sender, a text it will not take) would be
 * refused again.
 */
const TEMPORARY = new Set(
  [
    E.ESME_RTHROTTLED,
    E.ESME_RMSGQFUL,
    E.ESME_RSYSERR,
    E.ESME_RX_T_APPN,
    E.ESME_RSUBMITFAIL,
    E.ESME_RUNKNOWNERR,
    E.ESME_RINVBNDSTS,
  ].filter((code): code is number => code !== undefined),
);

const NAMES = new Map(Object.entries(E).map(([name, code]) => [code, name]));

function statusName(status: number): string {
  return NAMES.get(status) ?? `0x${status.toString(16).padStart(8, '0')}`;
}

export interface SmppOptions {
  host: string;
  port: number;
  tls: boolean;
  systemId: string;
  password: string;
  /** How long a bind or a submit may wait for its answer before the link counts as dead. */
  timeoutMs: number;
  enquireLinkMs: number;
}

/** smpp://system_id:password@host:port, or ssmpp:// over TLS; `?timeout=ms&enquire=ms`. */
export function smppOptions(url: string): SmppOptions {
  const parsed = new URL(url);
  if (parsed.protocol !== 'smpp:' && parsed.protocol !== 'ssmpp:')
    throw new Error(`SMS_URL must be smpp:// or ssmpp://, got ${parsed.protocol}`);
  const tls = parsed.protocol === 'ssmpp:';
  const ms = (name: string, fallback: number) => {
    const value = Number(parsed.searchParams.get(name));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : tls ? 3550 : 2775,
    tls,
    systemId: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    timeoutMs: ms('timeout', 30_000),
    enquireLinkMs: ms('enquire', 30_000),
  };
}

/** A sender id of letters is "alphanumeric" (TON 5); a number is international (TON 1, E.164). */
function sourceAddress(from: string) {
  const digits = from.replace(/^\+/, '');
  return /^\d{3,15}$/.test(digits)
    ? { source_addr_ton: 1, source_addr_npi: 1, source_addr: digits }
    : { source_addr_ton: 5, source_addr_npi: 0, source_addr: from.slice(0, 11) };
}

const linkLost = (why: string) => new SmsGatewayError(`SMS gateway link lost: ${why}`, false);

/** Nothing was written: the request never left, so sending it on a fresh link is safe. */
class NotWritten extends SmsGatewayError {}

interface Link {
  session: Session;
  /** Everyone waiting for an answer on this link, failed at once if it drops. */
  waiting: Set<(err: SmsGatewayError) => void>;
}

export function smppTransport(url: string): SmsTransport {
  const options = smppOptions(url);
  let link: Promise<Link> | null = null;
  /** The bound link, once `link` has resolved. */
  let live: Link | null = null;
  let closing = false;

  /** Waits for the answer to a request on `current`; a dead or hung link fails it. */
  function request(current: Link, send: (done: (pdu: PDU) => void) => boolean): Promise<PDU> {
    return new Promise<PDU>((resolve, reject) => {
      const fail = (err: SmsGatewayError) => {
        clearTimeout(timer);
        current.waiting.delete(fail);
        reject(err);
      };
      const timer = setTimeout(() => {
        fail(linkLost(`no answer within ${options.timeoutMs} ms`));
        drop(current, 'hung');
      }, options.timeoutMs);
      current.waiting.add(fail);
      const written = send((pdu) => {
        clearTimeout(timer);
        current.waiting.delete(fail);
        resolve(pdu);
      });
      if (!written) {
        clearTimeout(timer);
        current.waiting.delete(fail);
        reject(new NotWritten('SMS gateway link lost: the connection is closed', false));
      }
    });
  }

  function drop(current: Link, why: string): void {
    if (live === current) forgetLink();
    for (const fail of [...current.waiting]) fail(linkLost(why));
    current.session.destroy();
  }

  function forgetLink(): void {
    link = null;
    live = null;
  }

  function open(): Promise<Link> {
    return new Promise<Link>((resolve, reject) => {
      const session = smpp.connect({
        host: options.host,
        port: options.port,
        tls: options.tls,
        auto_enquire_link_period: options.enquireLinkMs,
      });
      const current: Link = { session, waiting: new Set() };
      let bound = false;
      const forget = () => {
        if (live === current) forgetLink();
      };
      session.on('error', (err: Error) => {
        if (!bound) reject(linkLost(err.message));
      });
      session.on('close', () => {
        forget();
        bound = false;
        for (const fail of [...current.waiting]) fail(linkLost('the connection closed'));
        reject(linkLost('the connection closed before the bind'));
      });
      // The gateway's own requests: keep-alives, receipts, its wish to part.
      session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
      session.on('deliver_sm', (pdu: PDU) => session.send(pdu.response()));
      session.on('unbind', (pdu: PDU) => {
        forget();
        session.send(pdu.response());
        session.close();
      });
      session.on('connect', () => {
        request(current, (done) =>
          session.bind_transmitter(
            { system_id: options.systemId, password: options.password, interface_version: 0x34 },
            done,
          ),
        ).then((pdu) => {
          if (pdu.command_status === 0) {
            bound = true;
            live = current;
            return resolve(current);
          }
          session.destroy();
          // A refused bind is a setting to fix (SMS_URL), not a bad SMS: retried, visibly.
          reject(
            new SmsGatewayError(
              `the SMS gateway refused the bind: ${statusName(pdu.command_status)}`,
              false,
              pdu.command_status,
            ),
          );
        }, reject);
      });
    });
  }

  function bound(): Promise<Link> {
    if (closing) return Promise.reject(linkLost('shutting down'));
    // Closed under us, and the close event has not come round yet.
    if (live && !live.session.socket.writable) forgetLink();
    if (!link) {
      link = open();
      link.catch(() => {
        link = null;
      });
    }
    return link;
  }

  async function submit(current: Link, fields: Record<string, unknown>): Promise<string> {
    const pdu = await request(current, (done) => current.session.submit_sm(fields, done));
    if (pdu.command_status === 0) return String(pdu.message_id ?? '');
    const name = statusName(pdu.command_status);
    throw new SmsGatewayError(
      `the SMS gateway refused the message: ${name}`,
      !TEMPORARY.has(pdu.command_status),
      pdu.command_status,
    );
  }

  return {
    kind: 'smpp',
    async send(sms) {
      const { dataCoding, parts } = segmentSms(sms.text, sms.reference);
      let current = await bound();
      const ids: string[] = [];
      for (const part of parts) {
        const fields = {
          ...sourceAddress(sms.from),
          dest_addr_ton: 1,
          dest_addr_npi: 1,
          destination_addr: sms.to.replace(/^\+/, ''),
          esm_class: part.udh ? 0x40 : 0x00,
          data_coding: dataCoding,
          short_message: part.udh ? Buffer.concat([part.udh, part.body]) : part.body,
        };
        try {
          ids.push(await submit(current, fields));
        } catch (err) {
          if (!(err instanceof NotWritten)) throw err;
          // The link died between two messages: bind again once, the part never left.
          forgetLink();
          current = await bound();
          ids.push(await submit(current, fields));
        }
      }
      return { messageId: ids.join(',') };
    },
    async close() {
      closing = true;
      const current = await link?.catch(() => null);
      if (!current) return;
      await Promise.race([
        request(current, (done) => current.session.unbind({}, done)).catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 2000).unref()),
      ]);
      current.session.destroy();
    },
  };
}
