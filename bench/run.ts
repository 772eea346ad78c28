import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { localEnvironment, projectRoot } from '../src/config/environment.ts';
import { exportSubgraph } from '../src/export/export-service.ts';
import { createGraphQLServer } from '../src/graphql/server.ts';
import { compileArticle, compileGazetteer, emptyKnownIds } from '../src/ingest/compile.ts';
import { ingestDocuments } from '../src/ingest/ingest-service.ts';
import type { CompiledArticle } from '../src/ingest/plan.ts';
import { createLogger, silentLogger } from '../src/logger.ts';
import { Database, namedQuery } from '../src/neo4j/database.ts';
import { freePort, LocalNeo4j } from '../src/neo4j/local/server.ts';
import { migrate } from '../src/neo4j/migrations.ts';
import { asParsed, generateCorpus } from './corpus.ts';

// npm run bench [-- --scale quick|10k|100k]: ingest, query and export measured in one run on a throwaway Neo4j,
// each against the plain-driver baseline for the same work, reported as ratios (the machines are noisy).

const SCALES = { quick: 1000, '10k': 10_000, '100k': 100_000 } as const;
const log = createLogger('info');

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'quick' }, requests: { type: 'string', default: '200' } },
});
const scale = values.scale as keyof typeof SCALES;
if (!(scale in SCALES)) throw new Error(`--scale: one of ${Object.keys(SCALES).join(', ')}`);
const requests = Number(values.requests);

const WIPE = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

async function wipe(db: Database) {
  const session = db.driver.session({ database: 'neo4j' });
  try {
    await session.run(WIPE);
  } finally {
    await session.close();
  }
  await migrate(db, silentLogger);
}

const ok = z.object({});
const RAW_ARTICLES = namedQuery(
  'rawArticles',
  `UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a.title = row.title, a.publisher = row.publisher,
     a.publishedDate = date(row.publishedDate), a.text = row.text`,
  ok,
);
const RAW_OPERATIONS = namedQuery(
  'rawOperations',
  `UNWIND $rows AS row MERGE (o:Operation {id: row.id}) SET o.name = row.name, o.dateStart = date(row.dateStart)
   WITH o, row UNWIND row.locations AS place MATCH (l:Location {id: place.location}) MERGE (o)-[:AT {role: place.role}]->(l)`,
  ok,
);
const RAW_CLAIMS = namedQuery(
  'rawClaims',
  `UNWIND $rows AS row
   MERGE (c:Claim {id: row.id}) SET c.kind = row.kind, c.supportType = row.supportType, c.polarity = row.polarity
   WITH c, row MATCH (s:Actor {id: row.subject}) MERGE (c)-[:SUBJECT]->(s)
   WITH c, row MATCH (o:Actor {id: row.object}) MERGE (c)-[:OBJECT]->(o)
   WITH c, row MATCH (op:Operation {id: row.operation}) MERGE (c)-[:IN_OPERATION]->(op)`,
  ok,
);
const RAW_EVIDENCE = namedQuery(
  'rawEvidence',
  `UNWIND $rows AS row
   MATCH (c:Claim {id: row.claim}) MATCH (a:Article {id: row.article})
   MERGE (e:Evidence {id: row.id}) SET e.quote = row.quote, e.sentence = row.sentence, e.certainty = row.certainty
   MERGE (e)-[:SUPPORTS]->(c) MERGE (e)-[:FROM_ARTICLE]->(a)
   WITH e, row UNWIND row.sources AS sid MATCH (s:Source {id: sid}) MERGE (e)-[:CITES]->(s)`,
  ok,
);

/** The floor: the same rows written with plain batched UNWIND … MERGE, without change detection or derivation. */
async function rawLoad(db: Database, articles: CompiledArticle[], batch: number) {
  for (let i = 0; i < articles.length; i += batch) {
    const slice = articles.slice(i, i + batch);
    await db.writeTransaction(async (tx) => {
      await tx.run(RAW_ARTICLES, { rows: slice.map((a) => a.article) });
      await tx.run(RAW_OPERATIONS, { rows: slice.flatMap((a) => a.operations) });
      await tx.run(RAW_CLAIMS, { rows: slice.flatMap((a) => a.claims) });
      await tx.run(RAW_EVIDENCE, { rows: slice.flatMap((a) => a.evidences) });
    });
  }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function latencies(run: () => Promise<void>, total: number, concurrency: number) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), rps: total / seconds };
}

async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number; baseMb: number }> {
  const baseMb = process.memoryUsage().rss / 2 ** 20;
  let peak = baseMb;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss / 2 ** 20);
  }, 20);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peak, process.memoryUsage().rss / 2 ** 20), baseMb };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-bench-'));
  const env = localEnvironment(dir, await freePort(), { NEO4J_LOCAL_HEAP: '2g', NEO4J_LOCAL_PAGECACHE: '1g' });
  const local = new LocalNeo4j(env.local, log);
  const connection = await local.start('service');
  const db = Database.connect({ ...connection, database: 'neo4j', txTimeoutMs: 600_000 }, silentLogger);
  try {
    await migrate(db, silentLogger);
    const corpus = generateCorpus({ articles: SCALES[scale], claimsPerArticle: 5 });
    log.info('Corpus generated', { articles: corpus.articles.length, claims: corpus.claims });

    // Ingest: the project's loader, a no-op re-ingest, then the raw baseline on an empty graph.
    const parsed = asParsed(corpus);
    let t = performance.now();
    const first = await ingestDocuments(db, parsed, { batchSize: 50 });
    const loaderSeconds = (performance.now() - t) / 1000;
    if (first.counts.failed)
      throw new Error(`bench corpus failed to load: ${JSON.stringify(first.documents.find((d) => d.issues))}`);
    t = performance.now();
    const again = await ingestDocuments(db, parsed, { batchSize: 50 });
    const noopSeconds = (performance.now() - t) / 1000;
    log.info('Loader done', { seconds: loaderSeconds, noopSeconds, unchanged: again.counts.unchanged });

    await wipe(db);
    const known = emptyKnownIds();
    const gazetteer = compileGazetteer('g', corpus.gazetteer, known);
    if (gazetteer.ok) await ingestDocuments(db, [parsed[0]!]);
    for (const a of corpus.gazetteer.actors ?? []) known.actor.add(a.id);
    for (const l of corpus.gazetteer.locations ?? []) known.location.add(l.id);
    for (const s of corpus.gazetteer.sources ?? []) known.source.add(s.id);
    for (const o of corpus.operations) known.operation.add(o);
    const compiled = corpus.articles.map((doc) => compileArticle(doc.article.id, doc, doc.article.text ?? '', known));
    const rows = compiled.flatMap((c) => (c.ok ? [c.value] : []));
    t = performance.now();
    await rawLoad(db, rows, 50);
    const rawSeconds = (performance.now() - t) / 1000;
    log.info('Raw baseline done', { seconds: rawSeconds });

    // Back to the project's graph for queries and export.
    await wipe(db);
    await ingestDocuments(db, parsed, { batchSize: 50 });

    const yoga = createGraphQLServer({ db, log: silentLogger });
    const gql = async (query: string) => {
      const response = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const raw = (cypher: string, params: Record<string, unknown>) => async () => {
      await db.driver.executeQuery(cypher, params, { database: 'neo4j', routing: 'READ' });
    };
    const op = corpus.operations[0]!;
    const state = corpus.states[0]!;
    const cases = [
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
    const queries = [];
    for (const c of cases) {
      for (const concurrency of [1, 8]) {
        await latencies(() => gql(c.graphql), 20, concurrency); // warm-up: plans cached on both sides
        await latencies(raw(c.cypher, c.params), 20, concurrency);
        const g = await latencies(() => gql(c.graphql), requests, concurrency);
        const r = await latencies(raw(c.cypher, c.params), requests, concurrency);
        queries.push({
          name: c.name,
          concurrency,
          graphql: g,
          cypher: r,
          p50Ratio: g.p50 / r.p50,
          p99Ratio: g.p99 / r.p99,
        });
        log.info('Query measured', {
          name: c.name,
          concurrency,
          p50Ratio: (g.p50 / r.p50).toFixed(2),
          p99Ratio: (g.p99 / r.p99).toFixed(2),
        });
      }
    }

    const exportDir = join(dir, 'export');
    const exports = [];
    for (const format of ['jgf', 'graphml'] as const) {
      t = performance.now();
      const { result, peakMb, baseMb } = await peakRss(() => exportSubgraph(db, {}, format, join(exportDir, format)));
      const seconds = (performance.now() - t) / 1000;
      const edges = Object.values(result.counts.relationships).reduce((a, b) => a + b, 0);
      exports.push({
        format,
        edges,
        seconds,
        edgesPerSecond: edges / seconds,
        peakRssMb: peakMb,
        rssGrowthMb: peakMb - baseMb,
      });
      log.info('Export measured', { format, edges, seconds: seconds.toFixed(1), peakRssMb: Math.round(peakMb) });
    }

    const results = {
      scale,
      when: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      neo4j: { version: env.local.version, heap: env.local.heap, pageCache: env.local.pageCache },
      corpus: { articles: corpus.articles.length, claims: corpus.claims },
      ingest: {
        loaderSeconds,
        loaderClaimsPerSecond: corpus.claims / loaderSeconds,
        rawSeconds,
        rawClaimsPerSecond: corpus.claims / rawSeconds,
        loaderOverRaw: rawSeconds / loaderSeconds,
        noopReingestSeconds: noopSeconds,
      },
      queries,
      exports,
    };
    const resultsDir = join(projectRoot, 'bench', 'results');
    await mkdir(resultsDir, { recursive: true });
    const file = join(resultsDir, `${scale}.json`);
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    log.info(`Results written to ${file}`);
    console.log(JSON.stringify(results.ingest), '\n', JSON.stringify(results.exports));
  } finally {
    await db.close();
    await local.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
