// A real SMPP server in the test process (the `smpp` package's own): it checks the bind's
// credentials, answers submit_sm, reassembles concatenated parts (UDH) into the SMS a phone
// would show, and can be told to throttle, refuse, hold an answer back, drop every bind, or
// stop listening.
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import smpp, { type PDU, type Session } from 'smpp';

export interface GatewaySms {
  to: string;
  from: string;
  text: string;
  dataCoding: number;
  parts: number;
}

export interface SmppGateway {
  port: number;
  /** smpp://liqa:secret@127.0.0.1:port */
  url: string;
  /** Whole SMS the gateway accepted (all their parts), in order. */
  received: GatewaySms[];
  /** Every submit_sm it answered with success. */
  acceptedParts: number;
  /** Answers the next `times` submit_sm with this command_status (ESME_RTHROTTLED…). */
  refuseNext(status: number, times?: number): void;
  /** The next submit_sm gets no answer; resolves when it has arrived. */
  holdNext(): Promise<void>;
  /** Cuts every bound session at once, as a gateway restart or a dead link would. */
  dropBinds(): void;
  /** Binds made so far. */
  binds: number;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export const GATEWAY_LOGIN = { systemId: 'liqa', password: 'secret' };

interface Pending {
  parts: Map<number, string>;
  total: number;
}

function decoded(pdu: PDU): { text: string; udh: Buffer[] } {
  const sm = pdu.short_message as { message?: unknown; udh?: Buffer[] } | undefined;
  return { text: String(sm?.message ?? ''), udh: sm?.udh ?? [] };
}

export async function startSmppGateway(): Promise<SmppGateway> {
  const refusals: number[] = [];
  const holds: Array<() => void> = [];
  const pending = new Map<string, Pending>();
  let server: ReturnType<typeof smpp.createServer> | null = null;
  let port = await new Promise<number>((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const p = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(p));
    });
  });
  let nextId = 1;

  const gateway: SmppGateway = {
    port,
    url: '',
    received: [],
    acceptedParts: 0,
    binds: 0,
    refuseNext(status, times = 1) {
      for (let i = 0; i < times; i++) refusals.push(status);
    },
    holdNext() {
      return new Promise((resolve) => holds.push(resolve));
    },
    dropBinds() {
      for (const session of [...(server?.sessions ?? [])]) session.destroy();
    },
    async down() {
      const current = server;
      server = null;
      if (!current) return;
      for (const session of [...current.sessions]) session.destroy();
      await new Promise((resolve) => current.close(resolve));
    },
    async up() {
      if (server) return;
      server = smpp.createServer(onSession);
      await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', () => resolve()));
    },
    close() {
      return gateway.down();
    },
  };

  function accept(pdu: PDU): void {
    const { text, udh } = decoded(pdu);
    const to = `+${String(pdu.destination_addr)}`;
    const from = String(pdu.source_addr);
    const dataCoding = Number(pdu.data_coding);
    const concat = udh.find((ie) => ie[0] === 0x00 && ie.length === 5);
    if (!concat) {
      gateway.received.push({ to, from, text, dataCoding, parts: 1 });
      return;
    }
    const [, , ref = 0, total = 1, index = 1] = concat;
    const key = `${to}:${ref}`;
    const entry = pending.get(key) ?? { parts: new Map(), total };
    entry.parts.set(index, text);
    pending.set(key, entry);
    if (entry.parts.size === entry.total) {
      pending.delete(key);
      const whole = [...entry.parts.entries()].sort(([a], [b]) => a - b).map(([, t]) => t);
      gateway.received.push({ to, from, text: whole.join(''), dataCoding, parts: total });
    }
  }

  function onSession(session: Session): void {
    let bound = false;
    const bind = (pdu: PDU) => {
      const ok =
        pdu.system_id === GATEWAY_LOGIN.systemId && pdu.password === GATEWAY_LOGIN.password;
      if (ok) {
        bound = true;
        gateway.binds++;
      }
      session.send(pdu.response({ command_status: ok ? 0 : smpp.errors.ESME_RBINDFAIL }));
    };
    session.on('bind_transmitter', bind);
    session.on('bind_transceiver', bind);
    session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('submit_sm', (pdu: PDU) => {
      if (!bound) {
        session.send(pdu.response({ command_status: smpp.errors.ESME_RINVBNDSTS }));
        return;
      }
      const hold = holds.shift();
      if (hold) return hold();
      const refusal = refusals.shift();
      if (refusal !== undefined) {
        session.send(pdu.response({ command_status: refusal }));
        return;
      }
      accept(pdu);
      gateway.acceptedParts++;
      session.send(pdu.response({ message_id: `gw-${nextId++}` }));
    });
    session.on('error', () => undefined);
  }

  await gateway.up();
  port = gateway.port;
  gateway.url = `smpp://${GATEWAY_LOGIN.systemId}:${GATEWAY_LOGIN.password}@127.0.0.1:${port}`;
  return gateway;
}
