// Everything a first start needs before serving: the built PWA, the schema, the first admin.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config';
import { migrateToLatest, openDatabase, type Db } from './db/database';
import type { Deps } from './deps';
import { ensureFirstAdmin } from './domain/accounts';

export async function ensureClientBuilt(config: Config): Promise<void> {
  if (existsSync(path.join(config.clientDir, 'index.html'))) return;
  console.log('[liqa] building the app (first start)…');
  const { build } = await import('vite');
  await build({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: config.clientDir },
  });
}

export async function openAndMigrate(config: Config): Promise<Db> {
  const db = openDatabase({
    url: config.databaseUrl,
    schema: config.databaseSchema,
    dataDir: config.dataDir,
  });
  await migrateToLatest(db, config.databaseSchema);
  return db;
}

export async function announceFirstAdmin(deps: Deps): Promise<void> {
  const admin = await ensureFirstAdmin(deps);
  if (!admin) return;
  if (admin.generatedPassword) {
    // Printed once, never stored in clear: the operator copies it now.
    console.log(
      `[liqa] first admin created: ${admin.email} / password: ${admin.generatedPassword}`,
    );
  } else {
    console.log(`[liqa] first admin created: ${admin.email}`);
  }
}
