// `npm run bench [name …]`: builds the PWA, runs every benchmark module (or those named), and
// prints one table of budget and figure side by side. A new benchmark is a module returning
// BenchRow[] (bench/table.ts), added to the list below.
import { build } from 'vite';
import { benchBundle, benchPrecache } from './bundle';
import { benchFeedback } from './feedback';
import { benchCheckin } from './checkin';
import { benchDesk } from './desk';
import { benchExports } from './exports';
import { benchHttp } from './http';
import { benchLighthouse } from './lighthouse';
import { benchMail } from './mail';
import { benchNames } from './names';
import { benchProgramme } from './programme';
import { benchReport } from './report';
import { benchRegistrationWrite } from './registrationWrite';
import { benchThreeInstanceRace } from './threeInstanceRace';
import { renderTable, type BenchModule, type BenchRow } from './table';

const modules: BenchModule[] = [
  { name: 'bundle', run: benchBundle },
  { name: 'precache', run: async () => benchPrecache() },
  { name: 'lighthouse', run: benchLighthouse },
  { name: 'http', run: benchHttp },
  { name: 'checkin', run: benchCheckin },
  { name: 'desk', run: benchDesk },
  { name: 'mail', run: benchMail },
  { name: 'feedback', run: benchFeedback },
  { name: 'reports', run: benchReport },
  { name: 'exports', run: benchExports },
  { name: 'guards', run: benchRegistrationWrite },
  { name: 'instances', run: benchThreeInstanceRace },
  { name: 'programmes', run: benchProgramme },
  { name: 'names', run: benchNames },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !modules.some((m) => m.name === name));
if (unknown.length) {
  console.error(
    `unknown benchmark ${unknown.join(', ')}; known: ${modules.map((m) => m.name).join(', ')}`,
  );
  process.exit(2);
}

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
const rows: BenchRow[] = [];
for (const m of modules.filter((m) => !wanted.length || wanted.includes(m.name))) {
  console.log(`== ${m.name}`);
  let got: BenchRow[];
  try {
    got = await m.run();
  } catch (err) {
    // One broken benchmark must not hide the others' figures.
    got = [
      { what: 'benchmark', budget: 'runs', figure: `failed: ${(err as Error).message}`, ok: false },
    ];
  }
  for (const r of got) {
    rows.push({ ...r, module: m.name });
    console.log(`  ${r.what}: ${r.figure}${r.budget ? ` (budget ${r.budget})` : ''}`);
  }
}
console.log('\n' + renderTable(rows));
const over = rows.filter((r) => r.ok === false).length;
console.log(`\n${rows.length} figures, ${over} over budget`);
