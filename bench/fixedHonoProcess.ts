// The yardstick for the hot reads: a bare Hono app on the same Node server answering one fixed
// JSON body (the bytes the real endpoint sends), in its own process as the real server is.
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const body = readFileSync(process.env.FIXED_BODY_FILE as string, 'utf8');
const app = new Hono();
app.get('*', (c) => c.body(body, 200, { 'content-type': 'application/json' }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () =>
  process.send?.('ready'),
);
