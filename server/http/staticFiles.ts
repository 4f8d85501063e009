// Serves the built PWA from memory (it is small): brotli (made at build time) and gzip kept ready, hashed assets cached for a
// year, the shell and service worker revalidated. Page addresses get the shell, naming the lazy
// files that address loads (routeShells.ts); unknown ones get the shell with a 404 status, and
// the app shows its own "not found". Dot-files (the build's notes to the server) are not served.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { matchRoute, type PageRoute } from '../../shared/routes';
import { earlyReadLink, routeShells } from './routeShells';

interface StaticFile {
  body: Buffer;
  gzip: Buffer | null;
  /** Brotli made at build time (the `.br` beside the file), for browsers that take it (HTTPS). */
  br: Buffer | null;
  type: string;
  etag: string;
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
]);

function walk(dir: string, base = dir, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, base, out);
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

export function loadStaticFiles(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(dir)) return files;
  for (const rel of walk(dir)) {
    if (rel.endsWith('.br')) continue;
    const brFile = path.join(dir, rel + '.br');
    files.set(
      '/' + rel,
      staticFile(
        rel,
        readFileSync(path.join(dir, rel)),
        existsSync(brFile) ? readFileSync(brFile) : null,
      ),
    );
  }
  return files;
}

function staticFile(rel: string, body: Buffer, br: Buffer | null): StaticFile {
  const ext = path.extname(rel);
  return {
    body,
    gzip: COMPRESSIBLE.has(ext) && body.length > 512 ? gzipSync(body, { level: 9 }) : null,
    br,
    type: TYPES[ext] ?? 'application/octet-stream',
    etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
    immutable: rel.startsWith('assets/'),
  };
}

/** index.html as each page address gets it (with that address's hints), compressed once. */
function pageShells(dir: string, shell: StaticFile | undefined): Map<PageRoute, StaticFile> {
  const pages = new Map<PageRoute, StaticFile>();
  if (!shell) return pages;
  for (const [route, html] of routeShells(dir, shell.body.toString('utf8'))) {
    const body = Buffer.from(html);
    pages.set(route, staticFile('index.html', body, brotliCompressSync(body)));
  }
  return pages;
}

export function serveClient(dir: string): MiddlewareHandler {
  const files = loadStaticFiles(dir);
  const pages = pageShells(dir, files.get('/index.html'));
  return async function serveClientMiddleware(c, next) {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const pathname = c.req.path;
    if (pathname.startsWith('/api/') || pathname === '/api') return next();
    let file = files.get(pathname);
    let status = 200;
    let link: string | null = null;
    if (!file) {
      if (path.extname(pathname)) return next();
      const match = matchRoute(pathname);
      file = (match && pages.get(match.route)) ?? files.get('/index.html');
      if (!file) return next();
      if (!match) status = 404;
      else link = earlyReadLink(match);
    }
    const headers: Record<string, string> = {
      'content-type': file.type,
      etag: file.etag,
      vary: 'accept-encoding',
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (link) headers.link = link;
    if (status === 200 && c.req.header('if-none-match') === file.etag) {
      return c.body(null, 304, headers);
    }
    const accepted = c.req.header('accept-encoding') ?? '';
    const encoding =
      file.br && /\bbr\b/.test(accepted)
        ? 'br'
        : file.gzip && /\bgzip\b/.test(accepted)
          ? 'gzip'
          : null;
    if (encoding) headers['content-encoding'] = encoding;
    const body =
      (encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : null) ?? file.body;
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status, headers });
  };
}
