// `node --import tsx --import ./tests/support/unguarded/loader.mjs server/index.ts`: a server
// whose registration repository is the unguarded one (control runs of the concurrency tests).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
