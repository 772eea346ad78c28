import { z } from 'zod';

// The shape of bench/results/<scale>.json as the report reads it. Fields added later are optional, so that a
// scale measured before them still reports what it has (and says what it lacks).

const latency = z.object({
  failures: z.number().default(0),
  errors: z.array(z.string()).default([]),
  p50: z.number(),
  p95: z.number(),
  p99: z.number(),
  rps: z.number(),
});
export type LatencyResult = z.infer<typeof latency>;

const dbHits = z.object({
  graphql: z.number(),
  graphqlStatements: z.number(),
  peer: z.number().optional(),
  peerStatements: z.number().optional(),
  cypher: z.number(),
});

const query = z.object({
  name: z.string(),
  concurrency: z.number(),
  graphql: latency,
  peer: latency.optional(),
  cypher: latency,
  p50Ratio: z.number(),
  p99Ratio: z.number(),
  dbHits: dbHits.optional(),
});
export type QueryResult = z.infer<typeof query>;

const cache = z.object({
  request: z.string(),
  hit: latency,
  miss: latency,
});
export type CacheResult = z.infer<typeof cache>;

export const resultsSchema = z.object({
  scale: z.string(),
  when: z.string(),
  machine: z.object({ cpus: z.number(), cpuModel: z.string().optional(), memoryGb: z.number(), node: z.string() }),
  neo4j: z.object({ version: z.string(), heap: z.string(), pageCache: z.string() }),
  corpus: z.object({ articles: z.number(), claims: z.number() }),
  ingest: z.object({
    loaderClaimsPerSecond: z.number(),
    rawClaimsPerSecond: z.number(),
    loaderOverRaw: z.number(),
    noopReingestSeconds: z.number(),
  }),
  queries: z.array(query),
  cache: cache.optional(),
  exports: z.array(
    z.object({
      format: z.string(),
      targetEdges: z.number(),
      edges: z.number(),
      seconds: z.number(),
      edgesPerSecond: z.number(),
      baseRssMb: z.number(),
      peakRssMb: z.number(),
    }),
  ),
});
export type Results = z.infer<typeof resultsSchema>;

export const n0 = (v: number) => Math.round(v).toLocaleString('en-US');
export const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
export const x = (v: number) => `${v.toFixed(2)}×`;
export const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
export const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
