// Development: the API on LIQA_API_PORT and Vite's dev server (hot reload) proxying /api to it.
import { createApp } from './app';
import { announceFirstAdmin, openAndMigrate } from './bootstrap';
import { loadConfig } from './config';
import { createMailTransport } from './mail/transport';
import { createMailWorker } from './mail/worker';
import { listen } from './serve';

const apiPort = Number(process.env.LIQA_API_PORT ?? 8081);
const config = { ...loadConfig(), port: apiPort };
const db = await openAndMigrate(config);
const deps = { db, config, now: () => new Date() };
await announceFirstAdmin(deps);
await listen(createApp(deps), config);
createMailWorker(deps, createMailTransport(config)).start();
const { createServer } = await import('vite');
const vite = await createServer({
  configFile: 'vite.config.ts',
  server: { port: Number(process.env.PORT ?? 5173), host: config.host },
});
await vite.listen();
vite.printUrls();
