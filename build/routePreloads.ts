// Which build files each page address needs beyond what index.html already loads, read from
// Vite's manifest: the server names them in that address's HTML (server/http/routeShells.ts),
// so a 3G phone fetches a lazy screen beside the shell instead of one round trip after it.
import type { PreloadHints, RoutePreloads } from '../shared/routePreloads.ts';
import { PAGE_ROUTES, type PageRoute } from '../shared/routes.ts';
import type { ViteManifest } from './audiences.ts';

/**
 * What every page loads as soon as it shows: the header's write-queue line. Each entry is a source
 * path relative to client/, or a chunk's name where Rolldown merged the screen into a chunk of
 * its own naming (a code-splitting group of vite.config.ts, a chunk shared with its imports).
 */
const EVERY_PAGE = ['syncStatus'];

/**
 * Each address's lazy screen (client/app/routes.tsx). Participant screens only: they are the
 * ones opened from a poster or an e-mail on a phone, with nothing cached yet.
 */
const ROUTE_SCREENS: Partial<Record<PageRoute, string[]>> = {
  '/': ['pages/Home/index.tsx'],
  '/m/:slug/register': ['Register', 'i18n/ar/register.ts'],
};

/** The manifest key of a source path or chunk name; a build that lost or doubled it fails. */
function chunkKey(manifest: ViteManifest, ref: string): string {
  const keys = Object.keys(manifest).filter((key) => {
    const chunk = manifest[key];
    return chunk?.src === ref || (chunk?.name === ref && chunk.file.endsWith('.js'));
  });
  if (keys.length !== 1 || !keys[0])
    throw new Error(`route preloads: ${keys.length} chunks for ${ref} in the build manifest`);
  return keys[0];
}

export function routePreloads(manifest: ViteManifest): RoutePreloads {
  /** A chunk's file and its static imports' (what runs before it can), with their styles. */
  const closure = (keys: string[]) => {
    const js = new Set<string>();
    const css = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk) throw new Error(`route preloads: ${key} is not in the build manifest`);
      if (js.has(chunk.file)) return;
      js.add(chunk.file);
      for (const f of chunk.css ?? []) css.add(f);
      for (const k of chunk.imports ?? []) visit(k);
    };
    keys.forEach(visit);
    return { js, css };
  };
  const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
  const inShell = closure(entries);
  const hints = (keys: string[]): PreloadHints => {
    const { js, css } = closure(keys.map((ref) => chunkKey(manifest, ref)));
    return {
      js: [...js].filter((f) => !inShell.js.has(f)).map((f) => '/' + f),
      css: [...css].filter((f) => !inShell.css.has(f)).map((f) => '/' + f),
    };
  };
  return Object.fromEntries(
    PAGE_ROUTES.map((route) => [route, hints([...EVERY_PAGE, ...(ROUTE_SCREENS[route] ?? [])])]),
  );
}
