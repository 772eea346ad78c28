import { parseArgs } from 'node:util';
import { createGraphQLServer } from '../src/graphql/server.ts';
import { ingestDocuments } from '../src/ingest/ingest-service.ts';
import { silentLogger } from '../src/logger.ts';
import { asParsed, generateCorpus } from './corpus.ts';
import { percentile } from './query-bench.ts';
import { queryCases } from './query-cases.ts';
import { withThrowawayNeo4j } from './throwaway-neo4j.ts';

// npm run bench:executor [-- --articles N --rounds N]: the service with queries compiled by graphql-jit against the
// same service interpreted by graphql-js, over one Neo4j, in alternating rounds of 100 requests (the first two
// rounds are warm-up); every answer is compared between the two before timing. Prints p50 and p99 of each side.

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '300' }, rounds: { type: 'string', default: '22' } },
});
const CASES = ['actor by id', 'supports in an operation', "an actor's supports", 'dashboard count'];

await withThrowawayNeo4j(
  { prefix: 'kg-executor-', settings: { NEO4J_LOCAL_HEAP: '1g' }, txTimeoutMs: 60_000 },
  async ({ db }) => {
    const corpus = generateCorpus({ articles: Number(values.articles), claimsPerArticle: 5 });
    await ingestDocuments(db, asParsed(corpus), { batchSize: 50 });
    const sides = {
      interpreted: createGraphQLServer({ db, log: silentLogger, jit: false }),
      compiled: createGraphQLServer({ db, log: silentLogger, jit: true }),
    };
    const ask = (side: keyof typeof sides, query: string) => async () => {
      const response = await sides[side].fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return JSON.stringify(body);
    };
    for (const c of queryCases(corpus).filter((q) => CASES.includes(q.name))) {
      if ((await ask('interpreted', c.graphql)()) !== (await ask('compiled', c.graphql)()))
        throw new Error(`the two executors answer "${c.name}" differently`);
      const times: Record<keyof typeof sides, number[]> = { interpreted: [], compiled: [] };
      for (let round = 0; round < Number(values.rounds); round++)
        for (const side of Object.keys(sides) as (keyof typeof sides)[]) {
          const request = ask(side, c.graphql);
          for (let i = 0; i < 100; i++) {
            const started = performance.now();
            await request();
            if (round >= 2) times[side].push(performance.now() - started);
          }
        }
      const at = (side: keyof typeof sides, p: number) =>
        percentile(
          [...times[side]].sort((a, b) => a - b),
          p,
        ).toFixed(2);
      console.log(
        `${c.name}: interpreted p50 ${at('interpreted', 50)} p99 ${at('interpreted', 99)} ms; ` +
          `compiled p50 ${at('compiled', 50)} p99 ${at('compiled', 99)} ms`,
      );
    }
  },
);
