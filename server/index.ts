// Starts Liqa: build the PWA if needed, migrate, create the first admin, serve PWA and API.
import { createApp } from './app';
import { announceFirstAdmin, ensureClientBuilt, openAndMigrate } from './bootstrap';
import { loadConfig } from './config';
import { listen } from './serve';

const config = loadConfig();
await ensureClientBuilt(config);
const db = await openAndMigrate(config);
const deps = { db, config, now: () => new Date() };
await announceFirstAdmin(deps);
const server = await listen(createApp(deps, { clientDir: config.clientDir }), config);
console.log(`[liqa] serving ${config.publicUrl} (${db.dialect})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void db.close().finally(() => process.exit(0));
  });
}
