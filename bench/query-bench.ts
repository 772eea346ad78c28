import type { Database } from '../src/neo4j/database.ts';
import { toParams } from '../src/neo4j/values.ts';
import type { Corpus } from './corpus.ts';

// The main dashboard and analyst requests, each as a GraphQL request through the service (yoga.fetch, no HTTP
// socket) and as the best hand-written Cypher for the same answer through the driver, at several concurrencies.

export interface QueryCase {
  name: string;
  graphql: string;
  cypher: string;
  params: Record<string, unknown>;
}

export function queryCases(corpus: Corpus): QueryCase[] {
  const op = corpus.operations[0]!;
  const state = corpus.states[0]!;
  return [
    {
      // The smallest request: what the GraphQL layer costs by itself, on top of one index lookup.
      name: 'actor by id',
      graphql: `{ actor(id: "${state}") { id name kind } }`,
      cypher: 'MATCH (a:Actor {id: $id}) RETURN a.id, a.name, a.kind',
      params: { id: state },
    },
    {
      name: 'supports in an operation',
      graphql: `{ supports(filter: { operation: "${op}" }, first: 50) { edges { node { id supportType certainty subject { name } object { name } evidences { quote article { publisher } } } } } }`,
      cypher: `MATCH (:Operation {id: $op})<-[:IN_OPERATION]-(c:Claim {kind: 'SUPPORT'})
               WITH c ORDER BY c.sortDate, c.id LIMIT 50
               RETURN c.id, c.supportType, c.certainty, [(c)-[:SUBJECT]->(s) | s.name][0], [(c)-[:OBJECT]->(o) | o.name][0],
                      [(c)<-[:SUPPORTS]-(e)-[:FROM_ARTICLE]->(a) | {quote: e.quote, publisher: a.publisher}]`,
      params: { op },
    },
    {
      name: 'neighbourhood depth 2',
      graphql: `{ neighborhood(ids: ["${state}-army"], depth: 2) { nodes { id name } edges { type source { id } target { id } } } }`,
      // The same answer: links of the actor and of its neighbours, at most as many as the service returns.
      cypher: `MATCH (a:Actor {id: $id})
               OPTIONAL MATCH (a)<-[:SUBJECT|OBJECT]-(:Claim)-[:SUBJECT|OBJECT]->(b:Actor)
               WITH a, collect(DISTINCT b)[..$maxNodes] AS ring
               UNWIND [a] + ring AS x
               MATCH (x)<-[:SUBJECT|OBJECT]-(c:Claim)
               WITH DISTINCT c ORDER BY c.id LIMIT $maxLinks
               MATCH (c)-[:SUBJECT]->(s:Actor)
               MATCH (c)-[:OBJECT]->(o:Actor)
               RETURN c.kind, s.id, s.name, o.id, o.name`,
      params: { id: `${state}-army`, maxNodes: 500, maxLinks: 5000 },
    },
    {
      name: 'shortest path',
      graphql: `{ paths(from: "${corpus.states[1]}", to: "group-0", maxLength: 4) { length actors { id } } }`,
      // The same answer: up to 10 shortest paths with the claims along them (Neo4j's own all-shortest-paths).
      cypher: `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
               MATCH p = allShortestPaths((a)-[:SUBJECT|OBJECT|PART_OF|AFFILIATED_WITH|MEMBER_OF|SUCCEEDS*..8]-(b))
               RETURN [n IN nodes(p) WHERE n:Actor | n.id] AS actors, [n IN nodes(p) WHERE n:Claim | n.id] AS claims
               LIMIT 10`,
      params: { from: corpus.states[1], to: 'group-0' },
    },
    {
      name: 'supportStats by month',
      graphql: '{ supportStats(groupBy: MONTH) { key claims evidences articles sources } }',
      cypher: `MATCH (c:Claim {kind: 'SUPPORT'})
               WITH substring(toString(c.sortDate), 0, 7) AS month, collect(c) AS claims
               RETURN month, size(claims), reduce(n = 0, c IN claims | n + c.evidenceCount),
                      COUNT { UNWIND claims AS c MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a) RETURN DISTINCT a },
                      COUNT { UNWIND claims AS c MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:CITES]->(s) RETURN DISTINCT s }
               ORDER BY month`,
      params: {},
    },
  ];
}

export interface Latency {
  /** Requests that failed (at scale, a hub's neighbourhood can exceed Neo4j's memory): not in the percentiles. */
  failures: number;
  errors: string[];
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Sample {
  times: number[];
  seconds: number;
  errors: string[];
}

/** Closed loop: `concurrency` clients each sending the next request as soon as their last one answered. */
async function sample(run: () => Promise<void>, total: number, concurrency: number, into: Sample) {
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

function summary({ times, seconds, errors }: Sample): Latency {
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

export interface QueryRun {
  name: string;
  concurrency: number;
  graphql: Latency;
  cypher: Latency;
  p50Ratio: number;
  p99Ratio: number;
}

export async function queryBench(
  db: Database,
  fetchGraphQL: (query: string) => Promise<void>,
  cases: QueryCase[],
  requests: number,
  onRun: (run: QueryRun) => void,
): Promise<QueryRun[]> {
  const raw = (c: QueryCase) => async () => {
    await db.driver.executeQuery(c.cypher, toParams(c.params) as Record<string, unknown>, {
      database: 'neo4j',
      routing: 'READ',
    });
  };
  const runs: QueryRun[] = [];
  for (const c of cases) {
    for (const concurrency of [1, 8]) {
      // Warm-up on both sides (plans cached, pages in memory), then the two measured in alternating rounds, so
      // that a slow spell of the machine falls on both.
      const warm: Sample = { times: [], seconds: 0, errors: [] };
      await sample(() => fetchGraphQL(c.graphql), 20, concurrency, warm);
      await sample(raw(c), 20, concurrency, warm);
      const g: Sample = { times: [], seconds: 0, errors: [] };
      const r: Sample = { times: [], seconds: 0, errors: [] };
      for (let round = 0; round < ROUNDS; round++) {
        await sample(() => fetchGraphQL(c.graphql), Math.ceil(requests / ROUNDS), concurrency, g);
        await sample(raw(c), Math.ceil(requests / ROUNDS), concurrency, r);
      }
      const graphql = summary(g);
      const cypher = summary(r);
      const run = {
        name: c.name,
        concurrency,
        graphql,
        cypher,
        p50Ratio: graphql.p50 / cypher.p50,
        p99Ratio: graphql.p99 / cypher.p99,
      };
      onRun(run);
      runs.push(run);
    }
  }
  return runs;
}
