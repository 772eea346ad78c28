import { parseArgs } from 'node:util';
import { ingestDocuments } from '../src/ingest/ingest-service.ts';
import { asParsed, generateCorpus } from './corpus.ts';
import { percentile, type Sample, sample } from './query-bench.ts';
import { queryCases } from './query-cases.ts';
import { querySides } from './query-sides.ts';
import { withThrowawayNeo4j } from './throwaway-neo4j.ts';

// npm run bench:fixed-cost [-- --articles N --requests N --case NAME]: the per-request cost the service adds to
// the Cypher it runs, measured on small requests where nothing else hides it. One client, in process, the
// service, the peer and the raw driver in alternating rounds of 100 on one small corpus; prints each side's p50
// and the service's p50 minus the raw p50. A step that cuts the fixed cost is measured with it, before and after.

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '300' },
    requests: { type: 'string', default: '3000' },
    case: { type: 'string', multiple: true },
    // under --cpu-prof, one side alone: its profile is then that side's
    only: { type: 'string' },
  },
});
await withThrowawayNeo4j(
  { prefix: 'kg-fixed-', settings: { NEO4J_LOCAL_HEAP: '1g' }, txTimeoutMs: 60_000 },
  async ({ db }) => {
    const corpus = generateCorpus({ articles: Number(values.articles), claimsPerArticle: 5 });
    await ingestDocuments(db, asParsed(corpus), { batchSize: 50 });
    const sides = await querySides(db);
    // The service's statements as its database reports them (Neo4j and row parsing); raw and peer use the driver.
    const statements: number[] = [];
    db.observe((e) => statements.push(e.ms));
    const median = (times: number[]) =>
      percentile(
        [...times].sort((a, b) => a - b),
        50,
      );
    const names = values.case ?? ['actor by id', 'dashboard count'];
    const cases = queryCases(corpus).filter((c) => names.includes(c.name));
    const rounds = Math.ceil(Number(values.requests) / 100);
    for (const c of cases) {
      const peerQuery = c.peer;
      const all: Record<string, () => Promise<void>> = {
        service: () => sides.service(c.graphql),
        raw: () => sides.raw(c),
        ...(peerQuery ? { peer: () => sides.peer(peerQuery) } : {}),
      };
      const run = Object.fromEntries(Object.entries(all).filter(([k]) => !values.only || k === values.only));
      const samples = Object.fromEntries(
        Object.keys(run).map((k): [string, Sample] => [k, { times: [], seconds: 0, errors: [] }]),
      );
      for (const [k, f] of Object.entries(run)) await sample(f, 100, 1, samples[k]!);
      for (const s of Object.values(samples)) s.times.length = 0;
      statements.length = 0;
      // this process's CPU time per request on each side (Neo4j's is another process's): the part of the fixed
      // cost that is the service's own work, which the machine's load does not inflate the way it does wall time
      const cpu = Object.fromEntries(Object.keys(run).map((k) => [k, 0]));
      for (let r = 0; r < rounds; r++)
        for (const [k, f] of Object.entries(run)) {
          const before = process.cpuUsage();
          await sample(f, 100, 1, samples[k]!);
          const used = process.cpuUsage(before);
          cpu[k] = (cpu[k] ?? 0) + used.user + used.system;
        }
      const p50 = (k: string) => median(samples[k]?.times ?? []);
      const parts = Object.keys(run).map((k) => `${k} ${p50(k).toFixed(2)} ms`);
      if (statements.length > 0) parts.push(`service statements ${median(statements).toFixed(2)} ms`);
      const cpuMs = (k: string) => (cpu[k] ?? 0) / 1000 / (rounds * 100);
      parts.push(
        `CPU per request ${Object.keys(run)
          .map((k) => `${k} ${cpuMs(k).toFixed(3)}`)
          .join(', ')} ms`,
      );
      const errors = Object.values(samples).flatMap((s) => s.errors);
      console.log(
        `${c.name}: ${parts.join(', ')}; fixed cost ${values.only ? '-' : (p50('service') - p50('raw')).toFixed(2)} ms` +
          (errors.length ? `; ${errors.length} errors: ${errors[0]}` : ''),
      );
    }
  },
);
