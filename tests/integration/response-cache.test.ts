import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, newApiKey } from '../../src/graphql/auth.ts';
import { ResponseCache } from '../../src/graphql/response-cache.ts';
import { createApp } from '../../src/http/app.ts';
import { silentLogger } from '../../src/logger.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { connectTestDatabase, ingestJson, resetGraph } from '../helpers/database.ts';
import { article, gazetteer, supportClaim } from '../helpers/fixtures.ts';

// The response cache through the whole HTTP handling (yoga.fetch), on a real Neo4j: ingestion writes the change
// log as the CLI would (straight to Neo4j, not through this server), and the cache learns of it by polling.

const readerKey = newApiKey();
const otherReaderKey = newApiKey();
let db: Database;
let cache: ResponseCache;
let app: ReturnType<typeof createApp>;
const logLines: Record<string, unknown>[] = [];

const ACTOR = '{ actor(id: "niger") { id name } }';
const SUPPORTS_OF_NIGER = '{ supports(filter: { supporter: "niger" }) { edges { node { supportType } } } }';
const SUPPORTS_OF_RUSSIA = '{ supports(filter: { supporter: "russia" }) { edges { node { supportType } } } }';

async function send(query: string, key = readerKey) {
  const response = await app.fetch('http://127.0.0.1:4000/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: '127.0.0.1:4000', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  const line = logLines.findLast((l) => l.requestId === response.headers.get('x-request-id'));
  return { body, cache: line?.cache, cypher: line?.cypherQueries };
}

beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
  await ingestJson(db, 'gazetteer.json', gazetteer);
  await ingestJson(db, 'first.json', article({ id: 'first' }));
  // Polled by hand in the tests (a long interval), so that what the test checks does not race the timer.
  cache = new ResponseCache(db, { maxEntries: 100, ttlMs: 60_000, pollMs: 600_000 }, silentLogger);
  await cache.poll();
  const keep = (_message: string, fields: Record<string, unknown> = {}) => logLines.push(fields);
  const log = { debug: keep, info: keep, warn: keep, error: keep };
  app = createApp({
    db,
    log,
    requireReaderKey: true,
    apiKeys: [
      { role: 'reader', sha256: hashApiKey(readerKey) },
      { role: 'reader', sha256: hashApiKey(otherReaderKey) },
    ],
    responseCache: cache,
  });
});
afterAll(() => db.close());

describe('response cache', () => {
  it('answers a repeated read from the cache, without Neo4j, and says so in the access log only', async () => {
    const miss = await send(ACTOR);
    expect(miss.cache).toBe('miss');
    expect(miss.cypher).toBeGreaterThan(0);
    const hit = await send(ACTOR);
    expect(hit.cache).toBe('hit');
    expect(hit.cypher).toBe(0);
    expect(hit.body).toEqual(miss.body);
    expect(hit.body).toEqual({ data: { actor: { id: 'niger', name: 'Niger' } } });
  });

  it('never serves one key the answer cached for another, nor a caller without a key', async () => {
    await send(SUPPORTS_OF_NIGER);
    expect((await send(SUPPORTS_OF_NIGER)).cache).toBe('hit');
    expect((await send(SUPPORTS_OF_NIGER, otherReaderKey)).cache).toBe('miss');
    const response = await app.fetch('http://127.0.0.1:4000/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: '127.0.0.1:4000' },
      body: JSON.stringify({ query: SUPPORTS_OF_NIGER }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does not cache errors', async () => {
    const broken = '{ actor(id: "niger") { id name } supports(first: -1) { edges { node { id } } } }';
    const first = await send(broken);
    expect(first.body.errors?.length).toBeGreaterThan(0);
    expect(first.cache).toBe('skip');
    expect((await send(broken)).cache).toBe('skip');
  });

  it('drops the answers an ingested article touched, and keeps the others', async () => {
    const before = await send(SUPPORTS_OF_NIGER);
    expect((await send(SUPPORTS_OF_RUSSIA)).cache).toMatch(/hit|miss/);
    expect((await send(SUPPORTS_OF_RUSSIA)).cache).toBe('hit');
    // A second article: Niger also sends drones. Russia is named nowhere in it.
    const second = article({
      id: 'second',
      claims: [supportClaim({ supportType: 'DRONES', materiel: 'drones' })],
    });
    await ingestJson(db, 'second.json', second);
    expect((await send(SUPPORTS_OF_NIGER)).cache).toBe('hit'); // not polled yet: the TTL is the only bound
    await cache.poll();
    const after = await send(SUPPORTS_OF_NIGER);
    expect(after.cache).toBe('miss');
    expect(JSON.stringify(after.body)).toContain('DRONES');
    expect(JSON.stringify(before.body)).not.toContain('DRONES');
    expect((await send(ACTOR)).cache).toBe('miss'); // Niger is the subject of the new claim
    expect((await send(SUPPORTS_OF_RUSSIA)).cache).toBe('hit');
  });

  it('drops an answer about a source when an edit stops citing it', async () => {
    const CITING = '{ claims(filter: { source: "observers" }) { totalCount } }';
    const before = await send(CITING);
    expect((await send(CITING)).cache).toBe('hit');
    // The first article again, its evidence no longer citing the observers.
    const claim = supportClaim();
    const uncited = { ...claim, evidence: claim.evidence.map(({ sources: _, ...e }) => e) };
    await ingestJson(db, 'first.json', article({ id: 'first', claims: [uncited] }));
    await cache.poll();
    const after = await send(CITING);
    expect(after.cache).toBe('miss');
    type Count = { claims: { totalCount: number } };
    const count = (r: typeof after) => (r.body.data as Count).claims.totalCount;
    expect(count(after)).toBe(count(before) - 1);
  });

  it('drops everything when reference data changes', async () => {
    await send(SUPPORTS_OF_RUSSIA);
    expect((await send(SUPPORTS_OF_RUSSIA)).cache).toBe('hit');
    await ingestJson(db, 'gazetteer.json', {
      ...gazetteer,
      actors: gazetteer.actors.map((a) => (a.id === 'russia' ? { ...a, name: 'Russian Federation' } : a)),
    });
    await cache.poll();
    expect((await send(SUPPORTS_OF_RUSSIA)).cache).toBe('miss');
  });
});
