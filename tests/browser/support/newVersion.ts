// A new version of the app, published while a tab is open: a proxy in front of the test server
// passes everything through but /sw.js, which it can replace by a changed copy on demand (the
// browser fetches the worker script itself, out of Playwright's reach, and the test server
// holds the built files in memory).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Publisher {
  /** The address the browser opens: the app as the proxy serves it. */
  url: string;
  /** From now on /sw.js is the built one with a new version number in it (a byte change). */
  publish(): Promise<void>;
  close(): Promise<void>;
}

export async function startPublisher(target: string): Promise<Publisher> {
  let worker: string | null = null;
  let version = 1;
  const server = http.createServer((req, res) => {
    if (worker !== null && req.method === 'GET' && req.url?.split('?')[0] === '/sw.js') {
      res.writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'no-cache',
      });
      res.end(worker);
      return;
    }
    const upstream = http.request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async publish() {
      const built = await (await fetch(new URL('/sw.js', target))).text();
      version += 1;
      worker = `${built}\n// version ${version}\n`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
