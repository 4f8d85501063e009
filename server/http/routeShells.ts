// Each page address's shell: index.html naming the lazy files that address loads at once (the
// register form's code and styles, the header's outbox line), so a 3G phone fetches them beside
// the shell's own code instead of one round trip after it runs. The list is the build's
// (build/routePreloads.ts); a meeting's pages also get a Link header starting the meeting's read.
// The service worker's cached /index.html carries no such hints.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ROUTE_PRELOADS_FILE,
  type PreloadHints,
  type RoutePreloads,
} from '../../shared/routePreloads';
import type { PageRoute, RouteMatch } from '../../shared/routes';

/** Attribute-safe: build file names are hashes, letters, digits, `-`, `_`, `.` and `/`. */
const BUILD_URL = /^\/[\w./-]+$/;

export function hintTags(hints: PreloadHints): string {
  const safe = (urls: string[]) => urls.filter((url) => BUILD_URL.test(url));
  return [
    ...safe(hints.js).map((url) => `<link rel="modulepreload" crossorigin href="${url}">`),
    // Vite's loader inserts these stylesheets with crossorigin: the same request, fetched once.
    ...safe(hints.css).map((url) => `<link rel="preload" as="style" crossorigin href="${url}">`),
  ].join('\n    ');
}

/** The shell's HTML for each page address that has hints; none when the build wrote no list. */
export function routeShells(dir: string, shell: string): Map<PageRoute, string> {
  const file = path.join(dir, ROUTE_PRELOADS_FILE);
  const shells = new Map<PageRoute, string>();
  if (!existsSync(file) || !shell.includes('</head>')) return shells;
  const preloads = JSON.parse(readFileSync(file, 'utf8')) as RoutePreloads;
  for (const [route, hints] of Object.entries(preloads) as Array<[PageRoute, PreloadHints]>) {
    const tags = hintTags(hints);
    if (tags) shells.set(route, shell.replace('</head>', `  ${tags}\n  </head>`));
  }
  return shells;
}

/** Addresses whose page asks for GET /api/meetings/:slug as soon as its code runs. */
const READS_MEETING: ReadonlySet<PageRoute> = new Set(['/m/:slug', '/m/:slug/register']);

/**
 * A `Link` header starting that meeting's read with the HTML rather than after the shell's code
 * (one 3G round trip less before the form shows). As the page's own fetch() asks for it (CORS
 * mode, same-origin credentials), so the browser hands the page this answer instead of asking
 * again; the path is encoded as the client encodes it (client/api/meetings.ts).
 */
export function earlyReadLink(match: RouteMatch): string | null {
  const slug = match.params.slug;
  if (!READS_MEETING.has(match.route) || !slug) return null;
  return `</api/meetings/${encodeURIComponent(slug)}>; rel=preload; as=fetch; crossorigin`;
}
