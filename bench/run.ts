// `npm run bench`: builds the PWA, then prints bundle sizes and HTTP figures (SQLite, and
// PostgreSQL when DATABASE_URL is set; a fresh schema each run).
import { randomBytes } from 'node:crypto';
import { build } from 'vite';
import { benchBundle } from './bundle';
import { benchFeedback } from './feedback';
import { benchCheckin } from './checkin';
import { benchDesk } from './desk';
import { benchHttp } from './http';
import { benchLighthouse } from './lighthouse';
import { benchMail } from './mail';
import { benchReport } from './report';

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
const print = (lines: string[]) => lines.forEach((l) => console.log(l));

console.log('== bundle (gzip, as served)');
print(await benchBundle());

console.log('== Lighthouse');
print(await benchLighthouse());

console.log('== HTTP, 50 connections');
print(await benchHttp('sqlite', {}));
if (process.env.DATABASE_URL) {
  print(
    await benchHttp('postgres', {
      DATABASE_URL: process.env.DATABASE_URL,
      LIQA_DB_SCHEMA: `bench_${randomBytes(4).toString('hex')}`,
    }),
  );
}

console.log('== check-in');
print(await benchCheckin());

console.log('== check-in desk');
print(await benchDesk());

console.log('== mail');
print(await benchMail());

console.log('== feedback');
print(await benchFeedback());

console.log('== reports');
print(await benchReport());
