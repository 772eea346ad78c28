import { type ChildProcess, spawn } from 'node:child_process';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config/environment.ts';
import { hashApiKey, newApiKey } from '../../src/graphql/auth.ts';
import { freePort } from '../../src/neo4j/local/server.ts';
import { waitFor } from '../helpers/processes.ts';

// `serve` against an own server (NEO4J_URI) that is down at start: the service runs, is not ready, answers
// UNAVAILABLE fast, and recovers by itself when Neo4j comes back. Neo4j's coming back is played by a TCP proxy
// to the test Neo4j that starts listening later.

function proxy(listenPort: number, targetPort: number): Promise<Server> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  server.on('close', () => {
    for (const s of sockets) s.destroy();
  });
  return new Promise((r) => server.listen(listenPort, '127.0.0.1', () => r(server)));
}

describe('serve when Neo4j is down at start', () => {
  let child: ChildProcess | undefined;
  let tcp: Server | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    tcp?.close();
  });

  it('serves, reports not ready, fails fast, then recovers; logs each request with its id and Cypher cost', async () => {
    const { uri, user, password } = inject('neo4j');
    const neo4jPort = Number(new URL(uri.replace(/^bolt/, 'http')).port);
    const proxyPort = await freePort();
    const port = await freePort();
    const readerKey = newApiKey();
    child = spawn(process.execPath, [join(projectRoot, 'bin', 'conflict-kg.js'), 'serve'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEO4J_URI: `bolt://127.0.0.1:${proxyPort}`,
        NEO4J_USER: user,
        NEO4J_PASSWORD: password,
        PORT: String(port),
        LOG_LEVEL: 'info',
        REQUIRE_READER_KEY: 'true',
        API_KEYS: `reader:${hashApiKey(readerKey)}`,
        SEED_ON_EMPTY: 'false',
      },
    });
    let log = '';
    child.stderr?.on('data', (c) => {
      log += c;
    });
    const base = `http://127.0.0.1:${port}`;
    expect(await waitFor(async () => log.includes('GraphQL ready'), 60_000)).toBe(true);
    expect(log).toContain('is unavailable: serving anyway, not ready');

    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(503);
    const ask = (key?: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': 'test-req-1',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        body: JSON.stringify({ query: 'query Probe { graphInfo { schemaVersion } }' }),
      });
    const started = Date.now();
    const down = (await (await ask(readerKey)).json()) as { errors: { extensions: { code: string } }[] };
    expect(down.errors[0]?.extensions.code).toBe('UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(8000);

    tcp = await proxy(proxyPort, neo4jPort);
    expect(await waitFor(async () => (await fetch(`${base}/ready`)).status === 200, 30_000)).toBe(true);
    const noKey = (await (await ask()).json()) as { errors: { extensions: { code: string } }[] };
    expect(noKey.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const up = await ask(readerKey);
    expect(up.headers.get('x-request-id')).toBe('test-req-1');
    expect(((await up.json()) as { data: unknown }).data).toEqual({ graphInfo: { schemaVersion: expect.any(Number) } });
    expect(log).toMatch(
      /http request requestId=test-req-1 method=POST path=\/graphql status=200 operation=Probe ms=\d+ cypherQueries=1 neo4jMs=\d+/,
    );
    expect(log).not.toContain(readerKey);

    const exited = new Promise((r) => child?.on('exit', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);
});
