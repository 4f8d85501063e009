// Builds the service worker (client/sw/sw.ts) after the app and gives it two lists: the
// participant precache (the shell, public files, and the build files a participant's screens
// load; hashed assets carry their revision in the name), the staff files, cached when a staff
// member signs in, and the public programme page's, cached on its first visit; and it writes
// each page address's lazy files for the server to name in that address's HTML. A small plugin
// of our own instead of vite-plugin-pwa: workbox-build drags in rollup, whose per-platform
// optional packages the registry here does not serve.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { participantFiles, type ViteManifest } from './audiences.ts';
import { ROUTE_PRELOADS_FILE } from '../shared/routePreloads.ts';
import { routePreloads } from './routePreloads.ts';

const PRECACHED = /\.(js|css|html|svg|png|webmanifest|woff2)$/;
/**
 * Icons only an installation reads (the home-screen icon, the splash screen): the browser or the
 * system fetches them itself when the app is added, and no page shows them (the page's icon is
 * favicon.svg), so a phone need not download them before the app works offline.
 */
const INSTALL_ONLY = /^icons\/(icon-192|icon-512|maskable-512|apple-touch-icon)\.png$/;
const SW_FILE = 'sw.js';
/** Vite's manifest, read here and removed: it is no file to serve. */
export const MANIFEST_FILE = '.vite/manifest.json';

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

export interface Audiences {
  participant: PrecacheEntry[];
  /** Staff screens' build files (hashed, so no revision needed). */
  staff: string[];
  /** French and English catalogues, cached when a page shows that language. */
  languages: Record<'fr' | 'en', string[]>;
  /** The public programme page's files: cached on its first visit (staff get them above too). */
  onVisit: string[];
}

function filesIn(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? filesIn(full, base)
      : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** dist/client → dist/client.audiences.json */
export const audiencesFile = (outDir: string) => `${outDir.replace(/\/+$/, '')}.audiences.json`;

export function audiences(outDir: string, manifest: ViteManifest): Audiences {
  const { common: participant, byLanguage, onVisit } = participantFiles(manifest);
  const inLanguage = (rel: string) => byLanguage.fr.has(rel) || byLanguage.en.has(rel);
  const files = filesIn(outDir)
    .filter(
      (rel) =>
        PRECACHED.test(rel) &&
        !INSTALL_ONLY.test(rel) &&
        rel !== SW_FILE &&
        !rel.startsWith('.vite/') &&
        !rel.endsWith('.br'),
    )
    .sort();
  const isAsset = (rel: string) => rel.startsWith('assets/');
  return {
    participant: files
      .filter((rel) => !isAsset(rel) || participant.has(rel))
      .map((rel) => ({
        url: '/' + rel,
        revision: isAsset(rel)
          ? null
          : createHash('sha256')
              .update(readFileSync(path.join(outDir, rel)))
              .digest('hex')
              .slice(0, 16),
      })),
    staff: files
      .filter((rel) => isAsset(rel) && !participant.has(rel) && !inLanguage(rel))
      .map((rel) => '/' + rel),
    languages: {
      fr: [...byLanguage.fr].sort().map((rel) => '/' + rel),
      en: [...byLanguage.en].sort().map((rel) => '/' + rel),
    },
    onVisit: [...onVisit].sort().map((rel) => '/' + rel),
  };
}

const COMPRESSED = /\.(js|css|html|svg|webmanifest|json|txt)$/;

/**
 * A `.br` beside every text file over 512 bytes, at brotli's best quality (once, here, rather
 * than at each server start): 10–15 % fewer bytes than gzip for a phone on HTTPS.
 */
function writeBrotli(outDir: string): void {
  for (const rel of filesIn(outDir)) {
    if (!COMPRESSED.test(rel)) continue;
    const body = readFileSync(path.join(outDir, rel));
    if (body.length <= 512) continue;
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    writeFileSync(path.join(outDir, rel + '.br'), br);
  }
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
      const manifestPath = path.join(outDir, MANIFEST_FILE);
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ViteManifest;
      rmSync(path.dirname(manifestPath), { recursive: true, force: true });
      const lists = audiences(outDir, manifest);
      // Beside the served folder, not in it: what `npm run bench` weighs.
      writeFileSync(audiencesFile(outDir), JSON.stringify(lists, null, 1));
      await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        mode: 'production',
        define: {
          'process.env.NODE_ENV': JSON.stringify('production'),
          'self.__WB_MANIFEST': JSON.stringify(lists.participant),
          'self.__LIQA_STAFF_FILES': JSON.stringify(lists.staff),
          'self.__LIQA_LANGUAGE_FILES': JSON.stringify(lists.languages),
          'self.__LIQA_ON_VISIT_FILES': JSON.stringify(lists.onVisit),
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
      writeBrotli(outDir);
      // After the brotli pass: read by the server, never sent as it is.
      writeFileSync(
        path.join(outDir, ROUTE_PRELOADS_FILE),
        JSON.stringify(routePreloads(manifest), null, 1),
      );
    },
  };
}
