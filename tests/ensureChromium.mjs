// Before the tests: browser tests drive Debian's Chromium; install it if this machine lacks it.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log(`[liqa] ${CHROMIUM} is missing; installing Debian's chromium…`);
  try {
    const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
    execSync(
      `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
      {
        stdio: 'inherit',
      },
    );
  } catch {
    console.error(
      '[liqa] could not install chromium: run `apt-get install -y chromium` and try again.',
    );
    process.exit(1);
  }
}
