// A minimal SMTP server that can take its time: after a message's data it trickles its reply
// (one "250-" continuation line at a time, so the client's socket never idles out) for as long
// as it is told, then accepts or refuses. A message counts as delivered only once the final
// reply went out; a client that vanishes before it (killed mid-send) delivered nothing.
import { createServer, type Server, type Socket } from 'node:net';

export interface SlowReply {
  /** How long to trickle before the final reply. */
  holdMs: number;
  /** The final reply code (250 accepts). */
  code?: number;
}

export interface SlowSmtp {
  url: string;
  /** Message-IDs of the messages accepted, in order (one entry per delivery). */
  delivered: string[];
  /** Message-IDs whose data arrived (accepted or not). */
  arrived: string[];
  /** Replies for the next messages, in order; later ones are answered at once with 250. */
  plan(...replies: SlowReply[]): void;
  /** Resolves once `n` messages' data has arrived in all. */
  arrivals(n: number): Promise<void>;
  /** Counts per Message-ID. */
  perMessageId(): Map<string, number>;
  close(): Promise<void>;
}

const TRICKLE_MS = 100;

export async function startSlowSmtp(): Promise<SlowSmtp> {
  const delivered: string[] = [];
  const arrived: string[] = [];
  const replies: SlowReply[] = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const sockets = new Set<Socket>();

  function noteArrival(messageId: string): void {
    arrived.push(messageId);
    for (const w of waiters.splice(0)) {
      if (arrived.length >= w.n) w.resolve();
      else waiters.push(w);
    }
  }

  function answerData(socket: Socket, messageId: string): void {
    const reply = replies.shift() ?? { holdMs: 0 };
    const until = Date.now() + reply.holdMs;
    const finish = () => {
      if (socket.destroyed) return;
      const code = reply.code ?? 250;
      if (code === 250) {
        socket.write('250 2.0.0 queued\r\n', () => delivered.push(messageId));
      } else socket.write(`${code} refused\r\n`);
    };
    if (reply.holdMs <= 0) return finish();
    const timer = setInterval(() => {
      if (socket.destroyed) return clearInterval(timer);
      if (Date.now() < until) return void socket.write('250-2.0.0 still writing it down\r\n');
      clearInterval(timer);
      finish();
    }, TRICKLE_MS);
  }

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setEncoding('latin1');
    let buffer = '';
    let inData = false;
    let data = '';
    socket.write('220 slow.test ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        const end = buffer.indexOf('\r\n');
        if (end < 0) return;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line !== '.') {
            data += line + '\n';
            continue;
          }
          inData = false;
          const messageId = /^message-id:\s*(\S+)/im.exec(data)?.[1] ?? '';
          data = '';
          noteArrival(messageId);
          answerData(socket, messageId);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-slow.test\r\n250 8BITMIME\r\n');
        else if (verb === 'HELO') socket.write('250 slow.test\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    delivered,
    arrived,
    plan: (...r) => void replies.push(...r),
    arrivals: (n) =>
      arrived.length >= n
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ n, resolve })),
    perMessageId() {
      const counts = new Map<string, number>();
      for (const id of delivered) counts.set(id, (counts.get(id) ?? 0) + 1);
      return counts;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
