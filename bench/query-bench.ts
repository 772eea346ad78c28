import type { Database } from '../src/neo4j/database.ts';
import { toParams } from '../src/neo4j/values.ts';
import type { QueryCase } from './query-cases.ts';

// Each request (bench/query-cases.ts) through the GraphQL service (yoga.fetch, no HTTP socket), through the peer
// (@neo4j/graphql, the same way) when it shares the request, and as hand-written Cypher through the driver, at
// several concurrencies, in alternating rounds.

export interface Latency {
  /** Requests that failed (at scale, a hub's neighbourhood can exceed Neo4j's memory): not in the percentiles. */
  failures: number;
  errors: string[];
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

export function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface Sample {
  times: number[];
  seconds: number;
  errors: string[];
}

/** Closed loop: `concurrency` clients each sending the next request as soon as their last one answered. */
export async function sample(run: () => Promise<void>, total: number, concurrency: number, into: Sample) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t = performance.now();
        try {
          await run();
          into.times.push(performance.now() - t);
        } catch (error) {
          into.errors.push((error instanceof Error ? error.message : String(error)).slice(0, 200));
        }
      }
    }),
  );
  into.seconds += (performance.now() - started) / 1000;
}

export function summary({ times, seconds, errors }: Sample): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    failures: errors.length,
    errors: [...new Set(errors)],
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: times.length / seconds,
  };
}

const ROUNDS = 4;

/** How each side answers a case; `profile` gives the database hits of one request on each side. */
export interface QuerySides {
  service: (query: string) => Promise<void>;
  peer: (query: string) => Promise<void>;
  raw: (c: QueryCase) => Promise<void>;
  profile: (c: QueryCase) => Promise<DbHits>;
}

/** Database hits of one request under PROFILE, every statement it sent summed, and how many statements. */
export interface DbHits {
  graphql: number;
  graphqlStatements: number;
  peer?: number;
  peerStatements?: number;
  cypher: number;
}

export interface QueryRun {
  name: string;
  concurrency: number;
  graphql: Latency;
  peer?: Latency;
  cypher: Latency;
  p50Ratio: number;
  p99Ratio: number;
  dbHits?: DbHits;
}

/** Warm-up on every side (plans cached, pages in memory), then the sides measured in alternating rounds. */
async function measure(sides: (() => Promise<void>)[], requests: number, concurrency: number): Promise<Latency[]> {
  const warm: Sample = { times: [], seconds: 0, errors: [] };
  for (const side of sides) await sample(side, 20, concurrency, warm);
  const samples = sides.map((): Sample => ({ times: [], seconds: 0, errors: [] }));
  // Alternating, so that a slow spell of the machine falls on every side.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, side] of sides.entries()) await sample(side, Math.ceil(requests / ROUNDS), concurrency, samples[i]!);
  }
  return samples.map(summary);
}

export async function queryBench(
  sides: QuerySides,
  cases: QueryCase[],
  requests: number,
  onRun: (run: QueryRun) => void,
): Promise<QueryRun[]> {
  const runs: QueryRun[] = [];
  for (const c of cases) {
    const dbHits = await sides.profile(c);
    for (const concurrency of [1, 8]) {
      const { peer } = c;
      const measured = [() => sides.service(c.graphql), () => sides.raw(c)];
      if (peer) measured.push(() => sides.peer(peer));
      const [graphql, cypher, peerLatency] = (await measure(measured, requests, concurrency)) as [
        Latency,
        Latency,
        Latency?,
      ];
      const run: QueryRun = {
        name: c.name,
        concurrency,
        graphql,
        ...(peerLatency ? { peer: peerLatency } : {}),
        cypher,
        p50Ratio: graphql.p50 / cypher.p50,
        p99Ratio: graphql.p99 / cypher.p99,
        dbHits,
      };
      onRun(run);
      runs.push(run);
    }
  }
  return runs;
}

/** The raw side: the hand-written statement through the driver, as the service's own driver would send it. */
export function rawCypher(db: Database) {
  return async (c: QueryCase) => {
    await db.driver.executeQuery(c.cypher, toParams(c.params) as Record<string, unknown>, {
      database: 'neo4j',
      routing: 'READ',
    });
  };
}
