// Listens on HOST:PORT, over HTTPS when TLS_CERT/TLS_KEY are given (phones need a secure
// context for the camera on a venue LAN).
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { serve, type ServerType } from '@hono/node-server';
import type { Config } from './config';
import type { App } from './app';

export function listen(app: App, config: Config): Promise<ServerType> {
  return new Promise((resolve) => {
    const tls =
      config.tlsCert && config.tlsKey
        ? {
            createServer: createHttpsServer,
            serverOptions: { cert: readFileSync(config.tlsCert), key: readFileSync(config.tlsKey) },
          }
        : {};
    const server = serve(
      { fetch: app.fetch, port: config.port, hostname: config.host, ...tls },
      () => resolve(server),
    );
  });
}
