import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/environment.ts';

// The command-line tool as a user runs it, and waiting on a real process: shared by integration and e2e tests.

export const BIN = join(projectRoot, 'bin', 'conflict-kg.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `conflict-kg ARGS` with `env`; `onStarted` gets the pid (to signal it). Output is kept whole. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, onStarted?: (pid: number) => void): Promise<CliRun> {
  const child = spawn(process.execPath, [BIN, ...args], { env, cwd: projectRoot });
  if (child.pid) onStarted?.(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => {
    stdout += c;
  });
  child.stderr.on('data', (c) => {
    stderr += c;
  });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Polls `check` every 250 ms for up to `ms`; a check that throws counts as not yet. */
export async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
