import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/environment.ts';
import { freePort } from '../../src/neo4j/local/server.ts';

// `npm start` as the README's quick start runs it: no NEO4J_URI, so the service starts its own Neo4j, loads the
// seed into the empty graph and serves GraphQL; Ctrl-C (SIGINT) stops both, leaving no Java process behind.

function javaProcessesUsing(dir: string): number[] {
  if (!existsSync('/proc')) return [];
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dir)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

describe('quick start', () => {
  it('npm start brings up Neo4j, the seed and GraphQL; SIGINT stops everything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-quickstart-'));
    const port = await freePort();
    const env = {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_LOCAL_DIR: dir,
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      PORT: String(port),
      LOG_LEVEL: 'info',
    };
    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'conflict-kg.js'), 'serve'], {
      env,
      cwd: projectRoot,
    });
    let log = '';
    child.stderr.on('data', (c) => {
      log += c;
    });
    try {
      const deadline = Date.now() + 200_000;
      while (!log.includes('GraphQL ready') && child.exitCode === null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(log).toContain('GraphQL ready');
      expect(log).toContain('Seed loaded');
      expect(javaProcessesUsing(dir).length).toBe(1);

      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ supports(filter: { operation: "op-kidal-2023" }) { totalCount } }' }),
      });
      expect(await response.json()).toEqual({ data: { supports: { totalCount: 7 } } });

      // Another command on the same local Neo4j borrows it and leaves it running for the service.
      const ingest = spawn(
        process.execPath,
        [join(projectRoot, 'bin', 'conflict-kg.js'), 'ingest', '--dry-run', 'seed'],
        {
          env,
          cwd: projectRoot,
        },
      );
      expect(await new Promise((r) => ingest.on('exit', r))).toBe(0);
      expect(javaProcessesUsing(dir).length).toBe(1);
      const again = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(again.status).toBe(200);

      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(javaProcessesUsing(dir)).toEqual([]);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      for (const pid of javaProcessesUsing(dir)) process.kill(pid, 'SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
