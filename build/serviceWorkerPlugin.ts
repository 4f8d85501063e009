// Builds the service worker (client/sw/sw.ts) after the app and gives it the precache list:
// every file of the build with a revision (hashed assets carry theirs in the name). A small
// plugin of our own instead of vite-plugin-pwa: workbox-build drags in rollup, whose per-platform
// optional packages the registry here does not serve, which breaks `npm ci`.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

const PRECACHED = /\.(js|css|html|svg|png|webmanifest)$/;
const SW_FILE = 'sw.js';

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

function filesIn(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? filesIn(full, base)
      : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/**
 * Chunks only one staff screen needs (the desk's pure-JS QR decoder, ~46 KB gzip) stay out of
 * the precache that every participant's phone downloads; the service worker caches them the
 * first time that screen loads them.
 */
const SCREEN_ONLY = [/^assets\/jsQR-/];

export function precacheManifest(outDir: string): PrecacheEntry[] {
  return filesIn(outDir)
    .filter(
      (rel) => PRECACHED.test(rel) && rel !== SW_FILE && !SCREEN_ONLY.some((re) => re.test(rel)),
    )
    .sort()
    .map((rel) => ({
      url: '/' + rel,
      revision: rel.startsWith('assets/')
        ? null
        : createHash('sha256')
            .update(readFileSync(path.join(outDir, rel)))
            .digest('hex')
            .slice(0, 16),
    }));
}

export function serviceWorker(entry: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'liqa-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const manifest = precacheManifest(outDir);
      await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        mode: 'production',
        define: {
          'process.env.NODE_ENV': JSON.stringify('production'),
          'self.__WB_MANIFEST': JSON.stringify(manifest),
        },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2020',
          minify: true,
          lib: {
            entry: path.resolve(config.root, entry),
            formats: ['iife'],
            name: 'liqaServiceWorker',
            fileName: () => SW_FILE,
          },
        },
      });
    },
  };
}
