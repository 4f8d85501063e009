// Serves the built PWA from memory (it is small): brotli (made at build time) and gzip kept ready, hashed assets cached for a
// year, the shell and service worker revalidated. Page addresses get the shell; unknown ones
// get the shell with a 404 status, and the app shows its own "not found".
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { matchRoute } from '../../shared/routes';

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
    const body = readFileSync(path.join(dir, rel));
    const brFile = path.join(dir, rel + '.br');
    const ext = path.extname(rel);
    const gz = COMPRESSIBLE.has(ext) && body.length > 512 ? gzipSync(body, { level: 9 }) : null;
    files.set('/' + rel, {
      body,
      gzip: gz,
      br: existsSync(brFile) ? readFileSync(brFile) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
      immutable: rel.startsWith('assets/'),
    });
  }
  return files;
}

export function serveClient(dir: string): MiddlewareHandler {
  const files = loadStaticFiles(dir);
  return async function serveClientMiddleware(c, next) {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const pathname = c.req.path;
    if (pathname.startsWith('/api/') || pathname === '/api') return next();
    let file = files.get(pathname);
    let status = 200;
    if (!file) {
      if (path.extname(pathname)) return next();
      file = files.get('/index.html');
      if (!file) return next();
      if (!matchRoute(pathname)) status = 404;
    }
    const headers: Record<string, string> = {
      'content-type': file.type,
      etag: file.etag,
      vary: 'accept-encoding',
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
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
