// Builds the PWA: Preact, then our service worker with the precache list of the build.
// The web app manifest is a static file (client/public/manifest.webmanifest).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { serviceWorker } from './build/serviceWorkerPlugin.ts';

const API_PORT = Number(process.env.LIQA_API_PORT ?? 8081);

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Read by the service-worker step to split the precache by audience, then removed.
    manifest: true,
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${API_PORT}` },
  },
  plugins: [preact(), serviceWorker('sw/sw.ts')],
});
