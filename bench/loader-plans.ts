import { parseArgs } from 'node:util';
import type { ProfiledPlan } from 'neo4j-driver';
import { compileArticle } from '../src/ingest/compile.ts';
import { ingestDocuments } from '../src/ingest/ingest-service.ts';
import type { CompiledArticle } from '../src/ingest/load-rows.ts';
import { loadDocuments } from '../src/ingest/loader.ts';
import { emptyKnownIds } from '../src/ingest/references.ts';
import { silentLogger } from '../src/logger.ts';
import { Database } from '../src/neo4j/database.ts';
import { toParams } from '../src/neo4j/values.ts';
import { asParsed, generateCorpus } from './corpus.ts';
import { recordingDriver, type Statement } from './db-hits.ts';
import { withThrowawayNeo4j } from './throwaway-neo4j.ts';

// The plan of each loader statement for one batch, on a graph already holding part of a corpus: the corpus's first
// --loaded articles are loaded, the next batch's statements recorded (its transaction rolled back), then each run
// again under PROFILE in one transaction (rolled back too), with its database hits per operator, most first.
// `node --import tsx bench/loader-plans.ts [--articles 10000 --loaded 5000 --batch 50]` (PLAN_OPS=n: operators shown)

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    loaded: { type: 'string', default: '5000' },
    batch: { type: 'string', default: '50' },
  },
});
const operators = (plan: ProfiledPlan, into: { op: string; hits: number; rows: number }[]) => {
  into.push({
    op: `${plan.operatorType} ${String(plan.arguments.Details ?? '').slice(0, 110)}`,
    hits: plan.dbHits,
    rows: plan.rows,
  });
  for (const child of plan.children) operators(child, into);
  return into;
};
class Stop extends Error {}

await withThrowawayNeo4j(
  { prefix: 'kg-plans-', settings: { NEO4J_LOCAL_HEAP: '2g', NEO4J_LOCAL_PAGECACHE: '1g' }, txTimeoutMs: 600_000 },
  async ({ db }) => {
    const corpus = generateCorpus({ articles: Number(values.articles), claimsPerArticle: 5 });
    const parsed = asParsed(corpus);
    const loaded = Number(values.loaded);
    const batch = Number(values.batch);
    await ingestDocuments(db, parsed.slice(0, loaded + 1), { batchSize: batch });
    const known = emptyKnownIds();
    for (const a of corpus.gazetteer.actors ?? []) known.actor.add(a.id);
    for (const l of corpus.gazetteer.locations ?? []) known.location.add(l.id);
    for (const s of corpus.gazetteer.sources ?? []) known.source.add(s.id);
    for (const o of corpus.operations) known.operation.add(o);
    const next = corpus.articles
      .slice(loaded, loaded + batch)
      .map((doc) => compileArticle(doc.article.id, doc, doc.article.text ?? '', known))
      .flatMap((c) => (c.ok ? [c.value as CompiledArticle] : []));
    const statements: Statement[] = [];
    const recording = new Database(recordingDriver(db.driver, statements), db.settings, silentLogger);
    await loadDocuments(recording, next, (step) => {
      if (step === 'claims-refreshed') throw new Stop();
    }).catch((e) => {
      if (!(e instanceof Stop)) throw e;
    });
    const session = db.driver.session({ database: 'neo4j' });
    const tx = session.beginTransaction();
    try {
      for (const s of statements) {
        const cypher = `PROFILE ${s.cypher.replace(/^CYPHER replan=skip\n/, '')}`;
        const t = performance.now();
        const result = await tx.run(cypher, toParams(s.params) as Record<string, unknown>);
        const ms = performance.now() - t;
        const plan = result.summary.profile;
        if (!plan) continue;
        const ops = operators(plan, []).sort((a, b) => b.hits - a.hits);
        const total = ops.reduce((n, o) => n + o.hits, 0);
        console.log(
          `\n== ${s.cypher
            .replace(/^CYPHER replan=skip\n/, '')
            .slice(0, 60)
            .replace(/\s+/g, ' ')} : ${total} dbHits, ${Math.round(ms)} ms`,
        );
        for (const o of ops.slice(0, Number(process.env.PLAN_OPS ?? 8)))
          console.log(`   ${o.hits} hits ${o.rows} rows  ${o.op}`);
      }
    } finally {
      await tx.rollback();
      await session.close();
    }
  },
);
