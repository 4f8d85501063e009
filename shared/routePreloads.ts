// What the build tells the server about each page address's lazy files (written by
// build/routePreloads.ts, read by server/http/routeShells.ts).
import type { PageRoute } from './routes';

/** Beside index.html in the built folder; a dot-file, so it is never served or precached. */
export const ROUTE_PRELOADS_FILE = '.route-preloads.json';

export interface PreloadHints {
  /** Module scripts (`<link rel="modulepreload">`), as URLs. */
  js: string[];
  /** Stylesheets the screen's code inserts (`<link rel="preload" as="style">`), as URLs. */
  css: string[];
}

export type RoutePreloads = Partial<Record<PageRoute, PreloadHints>>;
