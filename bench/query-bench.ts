import type { Database } from '../src/neo4j/database.ts';
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
      cypher: `MATCH (a:Actor {id: $id})
               MATCH (a)<-[:SUBJECT|OBJECT]-(c1:Claim)-[:SUBJECT|OBJECT]->(b:Actor)
               OPTIONAL MATCH (b)<-[:SUBJECT|OBJECT]-(c2:Claim)-[:SUBJECT|OBJECT]->(d:Actor)
               RETURN collect(DISTINCT b.id) + collect(DISTINCT d.id) AS ids, count(DISTINCT c1) + count(DISTINCT c2) AS links`,
      params: { id: `${state}-army` },
    },
    {
      name: 'shortest path',
      graphql: `{ paths(from: "${corpus.states[1]}", to: "group-0", maxLength: 4) { length actors { id } } }`,
      cypher: `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
               MATCH p = shortestPath((a)-[:SUBJECT|OBJECT|PART_OF|AFFILIATED_WITH|MEMBER_OF*..8]-(b))
               RETURN [n IN nodes(p) WHERE n:Actor | n.id]`,
      params: { from: corpus.states[1], to: 'group-0' },
    },
    {
      name: 'supportStats by month',
      graphql: '{ supportStats(groupBy: MONTH) { key claims evidences articles sources } }',
      cypher: `MATCH (c:Claim {kind: 'SUPPORT'})
               WITH substring(toString(c.sortDate), 0, 7) AS month, c
               RETURN month, count(c), sum(c.evidenceCount),
                      count { MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a) RETURN DISTINCT a } ORDER BY month`,
      params: {},
    },
  ];
}

export interface Latency {
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
        await run();
        into.times.push(performance.now() - t);
      }
    }),
  );
  into.seconds += (performance.now() - started) / 1000;
}

function summary({ times, seconds }: Sample): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
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
    await db.driver.executeQuery(c.cypher, c.params, { database: 'neo4j', routing: 'READ' });
  };
  const runs: QueryRun[] = [];
  for (const c of cases) {
    for (const concurrency of [1, 8]) {
      // Warm-up on both sides (plans cached, pages in memory), then the two measured in alternating rounds, so
      // that a slow spell of the machine falls on both.
      const warm: Sample = { times: [], seconds: 0 };
      await sample(() => fetchGraphQL(c.graphql), 20, concurrency, warm);
      await sample(raw(c), 20, concurrency, warm);
      const g: Sample = { times: [], seconds: 0 };
      const r: Sample = { times: [], seconds: 0 };
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
