// Builds the PWA once for all browser tests (into its own folder, so a running dev server's
// build is left alone) and makes sure Chromium is there.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export const BROWSER_CLIENT_DIR = path.resolve('dist/test-client');

export default async function setup(): Promise<void> {
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    // The suite drives Debian's Chromium and never downloads a browser of its own.
    throw new Error(
      'Chromium is missing: install it with `sudo apt-get install -y chromium` ' +
        '(or point CHROMIUM_PATH at a Chromium binary), then run the tests again.',
    );
  }
  // Vitest sets NODE_ENV=test, which would build a development flavour (no service worker).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.resolve('vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: BROWSER_CLIENT_DIR },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
