import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config/environment.ts';
import { GRAPH_SCHEMA_VERSION } from '../../src/graph/migrations.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { freePort } from '../../src/neo4j/local/server.ts';
import { connectTestDatabase, graphCounts, resetGraph } from '../helpers/database.ts';
import { article, gazetteer } from '../helpers/fixtures.ts';
import { BIN, runCli } from '../helpers/processes.ts';

// The command-line tool as a user runs it, against the test Neo4j through NEO4J_URI.

let db: Database;
let scratch: string;

function cliEnv(extra: Record<string, string> = {}) {
  const { uri, user, password } = inject('neo4j');
  return { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, LOG_LEVEL: 'warn', ...extra };
}

const run = (args: string[], env = cliEnv()) => runCli(args, env);

beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
  scratch = await mkdtemp(join(tmpdir(), 'conflict-kg-cli-'));
});
afterAll(async () => {
  await db.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('conflict-kg ingest', () => {
  it('loads a directory, names the failing file, exits non-zero, and still loads the good ones', async () => {
    await writeFile(join(scratch, 'a-gazetteer.json'), JSON.stringify(gazetteer));
    await writeFile(join(scratch, 'b-good.json'), JSON.stringify(article({ id: 'good' })));
    const bad = article({ id: 'bad' }) as { claims: { subject: string }[] };
    bad.claims[0]!.subject = 'nigerr';
    await writeFile(join(scratch, 'c-bad.json'), JSON.stringify(bad));

    const first = await run(['ingest', scratch]);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('FAILED c-bad.json');
    expect(first.stdout).toContain('claims[0].subject: unknown actor "nigerr" — did you mean "niger"?');
    expect(first.stdout).toMatch(/3 documents: 2 created, 0 updated, 0 unchanged, 1 failed/);
    const counts = await graphCounts(db);

    await rm(join(scratch, 'c-bad.json'));
    const second = await run(['ingest', scratch]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/2 documents: 0 created, 0 updated, 2 unchanged, 0 failed/);
    expect(await graphCounts(db)).toEqual(counts);
  });

  it('loads in bulk with the bulk transaction timeout, not the per-request one', async () => {
    // 100 ms is far too short for a first load of the whole seed in one transaction; the bulk timeout is not.
    const result = await run(
      ['ingest', '--batch-size', '50', join(projectRoot, 'seed')],
      cliEnv({ NEO4J_TX_TIMEOUT_MS: '100' }),
    );
    expect(result.stderr).not.toMatch(/timed out|TIMEOUT/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/documents: \d+ created, \d+ updated, \d+ unchanged, 0 failed/);
  });

  it('reads standard input and validates without writing on --dry-run', async () => {
    const child = spawn(process.execPath, [BIN, 'ingest', '--dry-run', '-'], { env: cliEnv(), cwd: projectRoot });
    let stdout = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    child.stdin.end(JSON.stringify(article({ id: 'dry' })));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(stdout).toMatch(/1 valid \(dry run, nothing written\)/);
  });

  it('reads an article text from standard input too, and extracts it', async () => {
    const args = ['ingest', '--dry-run', '--published-at', '2025-03-04', '--title', 'Stdin report', '-'];
    const child = spawn(process.execPath, [BIN, ...args], { env: cliEnv(), cwd: projectRoot });
    let stdout = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    child.stdin.end('Niger sent two cargo aircraft to the Malian army in Gao on Monday, a Nigerien official said.\n');
    const code = await new Promise((r) => child.on('close', r));
    expect(stdout).toMatch(/1 documents: 1 valid \(dry run, nothing written\)/);
    expect(code).toBe(0);
  });

  it('reports a bad environment variable by name and exits non-zero', async () => {
    const result = await run(['migrate'], cliEnv({ PORT: 'eighty' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('conflict-kg serve', () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill('SIGKILL');
  });

  it('serves GraphQL, /health and /ready, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    server = spawn(process.execPath, [BIN, 'serve'], {
      env: cliEnv({ PORT: String(port), LOG_LEVEL: 'info' }),
      cwd: projectRoot,
    });
    let log = '';
    server.stderr?.on('data', (c) => {
      log += c;
    });
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    while (!log.includes('GraphQL ready') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(log).toContain(`GraphQL ready at ${base}/graphql`);

    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(id: "niger") { name } graphInfo { schemaVersion } }' }),
    });
    expect(await response.json()).toEqual({
      data: { actor: { name: 'Niger' }, graphInfo: { schemaVersion: GRAPH_SCHEMA_VERSION } },
    });
    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('KidalSupport');

    const exited = new Promise((r) => server?.on('exit', r));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
