// The part of the `smpp` package (SMPP 3.4/5.0 client and server, no types of its own) we use.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer, Socket } from 'node:net';

  export interface PDU {
    command: string;
    command_status: number;
    sequence_number: number;
    [field: string]: unknown;
    isResponse(): boolean;
    response(options?: Record<string, unknown>): PDU;
  }

  export interface Session extends EventEmitter {
    socket: Socket;
    send(pdu: PDU, onResponse?: (pdu: PDU) => void): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    pause(): void;
    resume(): void;
    bind_transmitter(options: Record<string, unknown>, onResponse: (pdu: PDU) => void): boolean;
    submit_sm(options: Record<string, unknown>, onResponse: (pdu: PDU) => void): boolean;
    enquire_link(options?: Record<string, unknown>, onResponse?: (pdu: PDU) => void): boolean;
    unbind(options?: Record<string, unknown>, onResponse?: (pdu: PDU) => void): boolean;
  }

  export interface Server extends NetServer {
    sessions: Session[];
  }

  export function connect(options: Record<string, unknown>, listener?: () => void): Session;
  export function createServer(listener: (session: Session) => void): Server;

  export const errors: Record<string, number>;
  export const consts: { ENCODING: Record<string, number>; [name: string]: unknown };
  export const gsmCoder: {
    GSM: { charRegex: RegExp; extChars: string };
    encode(text: string, table: number): Buffer;
    decode(bytes: Buffer | string, table: number): string;
  };

  const smpp: {
    connect: typeof connect;
    createServer: typeof createServer;
    errors: typeof errors;
    consts: typeof consts;
    gsmCoder: typeof gsmCoder;
  };
  export default smpp;
}
