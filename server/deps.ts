// What the domain needs from the outside world, passed in so tests can set the clock.
import type { Db } from './db/database';
import type { Config } from './config';

export interface Deps {
  db: Db;
  config: Config;
  now: () => Date;
}
