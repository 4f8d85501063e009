// A page address's HTML names the lazy files that address loads (from the build's manifest), so
// a phone fetches the register form's code beside the shell's; the service worker's shell and
// the build's note to the server stay as they were.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViteManifest } from '../../build/audiences';
import { routePreloads } from '../../build/routePreloads';
import { ROUTE_PRELOADS_FILE } from '../../shared/routePreloads';
import { startTestServer, type TestServer } from '../../tests/support/harness';

/** As Vite writes it for this app: the form merged into a chunk named after it. */
const MANIFEST: ViteManifest = {
  'index.html': {
    file: 'assets/index-A1.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_hooks-B2.js'],
    dynamicImports: [
      '_syncStatus-C3.js',
      '_Register-D4.js',
      'pages/Feedback/index.tsx',
      'pages/Home/index.tsx',
      'i18n/ar/register.ts',
    ],
    css: ['assets/index-A1.css'],
  },
  '_hooks-B2.js': { file: 'assets/hooks-B2.js' },
  '_syncStatus-C3.js': {
    file: 'assets/syncStatus-C3.js',
    name: 'syncStatus',
    imports: ['_hooks-B2.js', 'index.html'],
    css: ['assets/syncStatus-C3.css'],
  },
  '_Register-D4.js': {
    file: 'assets/Register-D4.js',
    name: 'Register',
    imports: ['_hooks-B2.js', 'index.html', '_participantForms-E5.js', '_syncStatus-C3.js'],
    css: ['assets/Register-D4.css'],
  },
  '_participantForms-E5.js': {
    file: 'assets/participantForms-E5.js',
    name: 'participantForms',
    imports: ['index.html'],
  },
  'i18n/ar/register.ts': {
    file: 'assets/register-G7.js',
    src: 'i18n/ar/register.ts',
    isDynamicEntry: true,
  },
  'pages/Home/index.tsx': {
    file: 'assets/Home-H8.js',
    src: 'pages/Home/index.tsx',
    isDynamicEntry: true,
    imports: ['_hooks-B2.js', 'index.html'],
  },
  'pages/Feedback/index.tsx': {
    file: 'assets/Feedback-F6.js',
    src: 'pages/Feedback/index.tsx',
    isDynamicEntry: true,
    imports: ['_participantForms-E5.js'],
  },
};

const SHELL =
  '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-A1.js"></script></head><body></body></html>';

let s: TestServer;
beforeAll(async () => {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'liqa-shell-'));
  writeFileSync(path.join(clientDir, 'index.html'), SHELL);
  writeFileSync(path.join(clientDir, ROUTE_PRELOADS_FILE), JSON.stringify(routePreloads(MANIFEST)));
  s = await startTestServer({ clientDir });
});
afterAll(() => s.close());

const html = async (address: string) => (await s.call('GET', address)).text();
const modulepreload = (url: string) => `<link rel="modulepreload" crossorigin href="${url}">`;
const stylePreload = (url: string) => `<link rel="preload" as="style" crossorigin href="${url}">`;

describe('the HTML of a page address', () => {
  it('names the register form’s chunk, its imports and its styles on /m/:slug/register', async () => {
    const page = await html('/m/x/register');
    for (const js of ['Register-D4', 'participantForms-E5', 'syncStatus-C3', 'register-G7'])
      expect(page).toContain(modulepreload(`/assets/${js}.js`));
    expect(page).toContain(stylePreload('/assets/Register-D4.css'));
    // What the shell already loads is not named twice.
    expect(page).not.toContain(modulepreload('/assets/hooks-B2.js'));
    expect(page.indexOf('modulepreload')).toBeLessThan(page.indexOf('</head>'));
  });

  it('names only what every page loads on the meeting page, not the form', async () => {
    const page = await html('/m/x');
    expect(page).toContain(modulepreload('/assets/syncStatus-C3.js'));
    expect(page).toContain(stylePreload('/assets/syncStatus-C3.css'));
    expect(page).not.toContain('Register-D4');
    expect(page).not.toContain('participantForms-E5');
    expect(page).not.toContain('Home-H8');
  });

  it('names the home page’s own file on the home address', async () => {
    const page = await html('/');
    expect(page).toContain(modulepreload('/assets/Home-H8.js'));
    expect(page).not.toContain('Register-D4');
  });

  it('keeps /index.html (the service worker’s cached shell) and unknown addresses as built', async () => {
    expect(await html('/index.html')).toBe(SHELL);
    const missing = await s.call('GET', '/no/such/page');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(SHELL);
  });

  it('gives each page’s HTML its own ETag, and answers 304 to it', async () => {
    const register = await s.call('GET', '/m/x/register');
    const meeting = await s.call('GET', '/m/x');
    const etag = register.headers.get('etag') ?? '';
    expect(etag).not.toBe(meeting.headers.get('etag'));
    const again = await s.call('GET', '/m/y/register', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('starts the meeting’s read with the HTML on the meeting page and the form, not elsewhere', async () => {
    const link = async (address: string) => (await s.call('GET', address)).headers.get('link');
    expect(await link('/m/x/register')).toBe(
      '</api/meetings/x>; rel=preload; as=fetch; crossorigin',
    );
    expect(await link('/m/x')).toBe('</api/meetings/x>; rel=preload; as=fetch; crossorigin');
    // Encoded as the client asks for it: never a way out of the header.
    expect(await link('/m/a%3E%3B%20b')).toBe(
      '</api/meetings/a%3E%3B%20b>; rel=preload; as=fetch; crossorigin',
    );
    expect(await link('/me')).toBeNull();
    expect(await link('/index.html')).toBeNull();
  });

  it('does not serve the build’s list itself', async () => {
    expect((await s.call('GET', `/${ROUTE_PRELOADS_FILE}`)).status).not.toBe(200);
  });
});
