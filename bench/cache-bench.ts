import { ResponseCache } from '../src/graphql/response-cache.ts';
import { createGraphQLServer } from '../src/graphql/server.ts';
import { silentLogger } from '../src/logger.ts';
import type { Database } from '../src/neo4j/database.ts';
import { type Latency, type Sample, sample, summary } from './query-bench.ts';
import type { QueryCase } from './query-cases.ts';

// The response cache in process (yoga.fetch, one client): the same dashboard request answered from the cache
// and by a service without one, in alternating rounds. What a hit costs is the request's parsing by yoga, the
// cache key (a SHA-256 of the document, variables and caller) and the serialisation of the stored answer.

const ROUNDS = 4;

export interface CacheRun {
  request: string;
  hit: Latency;
  miss: Latency;
}

export async function cacheBench(db: Database, c: QueryCase, requests: number): Promise<CacheRun> {
  const cache = new ResponseCache(db, { maxEntries: 1000, ttlMs: 3_600_000, pollMs: 600_000 }, silentLogger);
  await cache.poll();
  const cached = createGraphQLServer({ db, log: silentLogger, responseCache: cache });
  const uncached = createGraphQLServer({ db, log: silentLogger });
  const send = (yoga: typeof cached) => async () => {
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: c.graphql }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const warm: Sample = { times: [], seconds: 0, errors: [] };
  await sample(send(cached), 50, 1, warm);
  await sample(send(uncached), 50, 1, warm);
  const hit: Sample = { times: [], seconds: 0, errors: [] };
  const miss: Sample = { times: [], seconds: 0, errors: [] };
  for (let round = 0; round < ROUNDS; round++) {
    await sample(send(cached), Math.ceil(requests / ROUNDS), 1, hit);
    await sample(send(uncached), Math.ceil(requests / ROUNDS), 1, miss);
  }
  cache.stop();
  return { request: c.name, hit: summary(hit), miss: summary(miss) };
}
