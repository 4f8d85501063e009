// Over a real socket: an oversized chunked body is drained and answered 413, not reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { startTestServer, type TestServer } from '../../tests/support/harness';

let s: TestServer;
let base: URL;
beforeAll(async () => {
  s = await startTestServer();
  base = new URL(await s.listen());
});
afterAll(() => s.close());

function postChunked(path: string, token: string, chunks: number, chunkSize: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'transfer-encoding': 'chunked',
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(chunkSize, 0x20);
    let sent = 0;
    const write = () => {
      while (sent < chunks) {
        sent++;
        if (!req.write(chunk)) return req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

describe('request bodies over a socket', () => {
  it('answers a 2 MiB chunked body with 413 problem+json, without resetting the connection', async () => {
    const token = await s.tokenFor('organizer');
    const res = await postChunked('/api/meetings', token, 32, 64 * 1024);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).code).toBe('payload-too-large');
  });

  it('still reads a body just under 1 MiB', async () => {
    const token = await s.tokenFor('organizer');
    const res = await postChunked('/api/meetings', token, 15, 64 * 1024);
    expect(res.status).toBe(422); // blanks are not JSON: read, parsed, refused as such
  });
});
