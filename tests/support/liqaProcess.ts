// Real Liqa server processes for tests that need them: a crash (SIGKILL), or several instances
// sharing one PostgreSQL schema and secret. Each listens on a free port of 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface LiqaProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no cleanup, no lease given back. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A stub PWA shell: these tests talk to the API only. */
export function stubClientDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'liqa-client-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Liqa</title>');
  return dir;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** `nodeArgs` come before the entry point (e.g. a loader for a control run). */
export async function startLiqaProcess(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<LiqaProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', ...nodeArgs, 'server/index.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      LIQA_RATE_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const liqa: LiqaProcess = {
    url,
    child,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
  // Up to a minute: a loaded two-core machine compiles the TypeScript slowly.
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/api/health`)).ok) return liqa;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await liqa.kill();
  throw new Error('Liqa did not start');
}
