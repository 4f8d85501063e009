// Starts a real Liqa server in a child process (so the load generator has its own core).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

export async function startBenchServer(
  port: number,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LIQA_DATA_DIR: dataDir,
      LIQA_RATE_LIMIT: '0',
      LIQA_ADMIN_EMAIL: 'bench@liqa.ma',
      LIQA_ADMIN_PASSWORD: 'bench-password-1',
      NODE_ENV: 'production',
      // SQLite unless a benchmark asks for PostgreSQL (with its own schema).
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function adminToken(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@liqa.ma', password: 'bench-password-1' }),
  });
  return ((await res.json()) as { token: string }).token;
}
