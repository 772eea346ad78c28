import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { ProfiledPlan } from 'neo4j-driver';
import { ingestDocuments } from '../src/ingest/ingest-service.ts';
import { silentLogger } from '../src/logger.ts';
import { Database } from '../src/neo4j/database.ts';
import { asParsed, generateCorpus } from './corpus.ts';
import { recordingDriver, type Statement } from './db-hits.ts';
import { withThrowawayNeo4j } from './throwaway-neo4j.ts';

// The loader's statements under PROFILE on a grown graph: the corpus loaded but for its last batch, then that batch
// loaded through a recording driver (rolled back), then each recorded statement run again, in order, under PROFILE
// in one transaction that is rolled back too: each statement's database hits, rows and the operators that dominate.
// `npm run bench:loader-plans [-- --articles N --batch N --top N]` (default 10,000 articles, batches of 50).

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '50' },
    top: { type: 'string', default: '6' },
    // every operator of the statements whose first line contains this text
    full: { type: 'string', default: '' },
  },
});
const batch = Number(values.batch);

type Operator = { name: string; hits: number; rows: number; details: string };
function operators(plan: ProfiledPlan, into: Operator[] = []): Operator[] {
  const details = String(plan.arguments?.Details ?? '').replace(/\s+/g, ' ');
  into.push({ name: plan.operatorType, hits: plan.dbHits, rows: plan.rows, details: details.slice(0, 110) });
  for (const child of plan.children) operators(child, into);
  return into;
}

const nameOf = (cypher: string) =>
  cypher
    .replace(/^CYPHER replan=skip\s*/, '')
    .split('\n')[0]
    ?.slice(0, 60);

class Rollback extends Error {}

await withThrowawayNeo4j(
  { prefix: 'kg-plans-', settings: { NEO4J_LOCAL_HEAP: '2g', NEO4J_LOCAL_PAGECACHE: '1g' }, txTimeoutMs: 600_000 },
  async ({ db }) => {
    const corpus = generateCorpus({ articles: Number(values.articles), claimsPerArticle: 5 });
    const parsed = asParsed(corpus);
    const last = parsed.length - batch;
    const started = performance.now();
    await ingestDocuments(db, parsed.slice(0, last), { batchSize: batch });
    console.log(`loaded ${last - 1} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // The last batch through a recording driver, rolled back by the loader's last step hook.
    const recorded: Statement[] = [];
    const recording = new Database(recordingDriver(db.driver, recorded), db.settings, silentLogger);
    const stop = async (step: string) => {
      if (step === 'claims-refreshed') throw new Rollback(step);
    };
    await ingestDocuments(recording, parsed.slice(last), { batchSize: batch, onStep: stop });
    // ingestDocuments retries a failed batch one article at a time: keep the statements of the whole batch only.
    const firstHashes = recorded.findIndex((s) => s.cypher.includes('a.contentHash AS hash'));
    const second = recorded.findIndex((s, i) => i > firstHashes && s.cypher.includes('a.contentHash AS hash'));
    const statements = recorded.slice(firstHashes, second < 0 ? undefined : second);

    const session = db.driver.session({ database: 'neo4j' });
    const tx = session.beginTransaction();
    let total = 0;
    try {
      for (const s of statements) {
        const cypher = s.cypher.replace(/^(CYPHER [^\n]*\n)?/, (prefix) => `${prefix}PROFILE `);
        const t = performance.now();
        const result = await tx.run(cypher, s.params);
        const ms = performance.now() - t;
        const plan = result.summary.profile;
        if (!plan) continue;
        const ops = operators(plan);
        const hits = ops.reduce((n, o) => n + o.hits, 0);
        total += hits;
        console.log(`\n${nameOf(s.cypher)} … : ${hits} dbHits, ${result.records.length} rows, ${ms.toFixed(0)} ms`);
        const full = values.full !== '' && (nameOf(s.cypher) ?? '').includes(values.full);
        for (const o of full ? ops : [...ops].sort((a, b) => b.hits - a.hits).slice(0, Number(values.top)))
          console.log(
            `  ${String(o.hits).padStart(8)} hits ${String(o.rows).padStart(7)} rows  ${o.name}  ${o.details}`,
          );
      }
    } finally {
      await tx.rollback();
      await session.close();
    }
    console.log(`\n${statements.length} statements, ${total} dbHits; load average ${loadavg()[0]?.toFixed(2)}`);
  },
);
