import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from '../../src/graphql/limits.ts';
import { createGraphQLServer } from '../../src/graphql/server.ts';
import { createApp, createHttpServer } from '../../src/http/app.ts';
import { silentLogger } from '../../src/logger.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { openSeededGraph, recordQueries } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

let db: Database;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openSeededGraph();
  query = graphqlClient(db);
});
afterAll(() => db.close());

/** Runs a query that must be refused, and proves no Cypher statement was sent for it. */
async function refusedWithoutCypher(text: string, variables: Record<string, unknown> = {}) {
  const recorder = recordQueries(db);
  const result = await query(text, variables);
  recorder.stop();
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.length).toBeGreaterThan(0);
  expect(recorder.events).toEqual([]);
  return result.errors![0]!;
}

describe('query limits, checked before any Cypher runs', () => {
  it('refuses an over-deep query', async () => {
    let nested = '{ id }';
    for (let i = 0; i < DEFAULT_QUERY_LIMITS.maxDepth + 2; i++) nested = `{ partOf ${nested} }`;
    const error = await refusedWithoutCypher(`{ actor(id: "fama") ${nested} }`);
    expect(error.message).toMatch(/depth/i);
  });

  it('refuses an over-costly query, with first taken into account', async () => {
    const costly = `{ supports(first: 100) { edges { node { evidences { sources { actor { parts { id } } } } } } } }`;
    const error = await refusedWithoutCypher(costly);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: DEFAULT_QUERY_LIMITS.maxCost });
    // The same shape with a small page is fine, and variables count like literals.
    const cheap = await query(
      'query ($n: Int) { supports(first: $n) { edges { node { evidences { sources { actor { parts { id } } } } } } } }',
      { n: 2 },
    );
    expect(cheap.errors).toBeUndefined();
    await refusedWithoutCypher(
      'query ($n: Int) { supports(first: $n) { edges { node { evidences { sources { actor { parts { id } } } } } } } }',
      { n: 100 },
    );
  });

  it('refuses an alias flood and a token flood', async () => {
    const aliases = Array.from(
      { length: DEFAULT_QUERY_LIMITS.maxAliases + 5 },
      (_, i) => `a${i}: actor(id: "mali") { id }`,
    ).join(' ');
    expect((await refusedWithoutCypher(`{ ${aliases} }`)).message).toMatch(/alias/i);
    const tokens = `{ graphInfo { ${'schemaVersion '.repeat(DEFAULT_QUERY_LIMITS.maxTokens)} } }`;
    expect((await refusedWithoutCypher(tokens)).message).toMatch(/token/i);
  });

  it('does not suggest field names to probers', async () => {
    const result = await query('{ actr(id: "mali") { id } }');
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/);
  });

  it('can turn introspection off', async () => {
    const open = graphqlClient(db);
    expect((await open('{ __schema { queryType { name } } }')).errors).toBeUndefined();
    const yoga = createGraphQLServer({
      db,
      log: silentLogger,
      limits: { ...DEFAULT_QUERY_LIMITS, introspection: false },
    });
    const response = await yoga.fetch('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(((await response.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
  });
});

describe('request bodies', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // the app and Node server as `serve` builds them: yoga's own body limit is off there, these guards are the limit
    server = createHttpServer(createApp({ db, log: silentLogger }), 10_000, silentLogger);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('refuses a malformed Host header with 400 and a code, never a stack trace', async () => {
    const { request } = await import('node:http');
    const port = Number(new URL(url).port);
    for (const host of ['localhost:4200:80', 'localhost, evil.example', 'localhost:80@evil.example']) {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'GET', headers: { host } }, (res) => {
          let body = '';
          res.on('data', (c) => {
            body += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(answer.status, host).toBe(400);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(answer.body).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a body over the limit with 413, and serves normal ones', async () => {
    const big = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ actor(id: "${'x'.repeat(20_000)}") { id } }` }),
    });
    expect(big.status).toBe(413);
    const ok = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(id: "mali") { name } }' }),
    });
    expect(await ok.json()).toEqual({ data: { actor: { name: 'Mali' } } });
  });

  it('refuses a body sent without a Content-Length (chunked) with 411, before reading it', async () => {
    const { request } = await import('node:http');
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      // written in pieces with no length announced: Node sends it chunked
      req.write('{"query": "{ actor(id: \\"');
      req.write(`${'x'.repeat(20_000)}\\") { id } }"}`);
      req.end();
    });
    expect(answer.status).toBe(411);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('LENGTH_REQUIRED');
  });
});
