import { z } from 'zod';
import { resetGraph } from '../src/graph/migrations.ts';
import { compileArticle } from '../src/ingest/compile.ts';
import { ingestDocuments } from '../src/ingest/ingest-service.ts';
import type { CompiledArticle } from '../src/ingest/load-rows.ts';
import { emptyKnownIds } from '../src/ingest/references.ts';
import type { Logger } from '../src/logger.ts';
import { type Database, namedQuery } from '../src/neo4j/database.ts';
import { asParsed, type Corpus } from './corpus.ts';

// Ingest: the plain-driver floor (batched UNWIND … MERGE of the same rows) on an empty graph, then the project's
// loader on an empty graph, then a no-op re-ingest of the same corpus. The loader's graph is kept for the rest.

/** Articles per transaction, the same on both sides (the loader's default). */
const BATCH = 50;
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

/** The measured phases, for a caller that profiles one of them (bench/loader-profile.ts). */
export type IngestPhase = 'raw' | 'loader' | 'noop' | 'done';

export async function ingestBench(
  db: Database,
  corpus: Corpus,
  log: Logger,
  quiet: Logger,
  onPhase: (phase: IngestPhase) => void = () => {},
  batch = BATCH,
) {
  const parsed = asParsed(corpus);
  // The baseline gets the gazetteer through the loader (it is not what is measured) and pre-compiled rows.
  await ingestDocuments(db, [parsed[0]!]);
  const known = emptyKnownIds();
  for (const a of corpus.gazetteer.actors ?? []) known.actor.add(a.id);
  for (const l of corpus.gazetteer.locations ?? []) known.location.add(l.id);
  for (const s of corpus.gazetteer.sources ?? []) known.source.add(s.id);
  for (const o of corpus.operations) known.operation.add(o);
  const rows = corpus.articles
    .map((doc) => compileArticle(doc.article.id, doc, doc.article.text ?? '', known))
    .flatMap((c) => (c.ok ? [c.value] : []));
  // Warm-up on a prefix, both ways, so that neither side pays for Neo4j's JIT and the planner alone.
  const prefix = Math.min(500, Math.ceil(rows.length / 10));
  await rawLoad(db, rows.slice(0, prefix), batch);
  await resetGraph(db, quiet);
  await ingestDocuments(db, parsed.slice(0, prefix + 1), { batchSize: batch });
  await resetGraph(db, quiet);
  await ingestDocuments(db, [parsed[0]!]);

  onPhase('raw');
  let t = performance.now();
  await rawLoad(db, rows, batch);
  const rawSeconds = (performance.now() - t) / 1000;
  log.info('Raw baseline done', { seconds: rawSeconds.toFixed(1) });

  await resetGraph(db, quiet);
  onPhase('loader');
  t = performance.now();
  const first = await ingestDocuments(db, parsed, { batchSize: batch });
  const loaderSeconds = (performance.now() - t) / 1000;
  if (first.counts.failed)
    throw new Error(`bench corpus failed to load: ${JSON.stringify(first.documents.find((d) => d.issues))}`);
  onPhase('noop');
  t = performance.now();
  const again = await ingestDocuments(db, parsed, { batchSize: batch });
  const noopSeconds = (performance.now() - t) / 1000;
  onPhase('done');
  log.info('Loader done', { seconds: loaderSeconds.toFixed(1), noopSeconds, unchanged: again.counts.unchanged });
  return {
    loaderSeconds,
    loaderClaimsPerSecond: corpus.claims / loaderSeconds,
    rawSeconds,
    rawClaimsPerSecond: corpus.claims / rawSeconds,
    loaderOverRaw: rawSeconds / loaderSeconds,
    noopReingestSeconds: noopSeconds,
  };
}
