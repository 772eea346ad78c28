import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localEnvironment } from '../src/config/environment.ts';
import { resetGraph } from '../src/graph/migrations.ts';
import { ingestDocuments } from '../src/ingest/ingest-service.ts';
import { silentLogger } from '../src/logger.ts';
import { Database } from '../src/neo4j/database.ts';
import { freePort, LocalNeo4j } from '../src/neo4j/local/server.ts';
import { asParsed, generateCorpus } from './corpus.ts';

// Where the loader's time goes: the quick-scale corpus ingested on a throwaway Neo4j after a warm-up, with the time Neo4j took
// for each named statement (summed over batches of 50 articles), slowest first. `npm run bench:loader-profile`.

const dir = await mkdtemp(join(tmpdir(), 'kg-prof-'));
const env = localEnvironment(join(dir, 'neo4j'), await freePort());
const local = new LocalNeo4j(env.local, silentLogger);
const connection = await local.start('service');
const db = Database.connect({ ...connection, database: 'neo4j', txTimeoutMs: 600_000 }, silentLogger);
try {
  await resetGraph(db, silentLogger);
  const corpus = generateCorpus({ articles: 1000, claimsPerArticle: 5 });
  // Warm-up as the benchmark does (query plans, page cache): a prefix, then an empty graph again.
  const [gazetteer, ...articles] = asParsed(corpus);
  await ingestDocuments(db, [gazetteer!, ...articles.slice(0, 100)], { batchSize: 50 });
  await resetGraph(db, silentLogger);
  const stats = new Map<string, { n: number; ms: number }>();
  db.observe((e) => {
    const s = stats.get(e.name) ?? { n: 0, ms: 0 };
    s.n++;
    s.ms += e.ms;
    stats.set(e.name, s);
  });
  const t0 = performance.now();
  await ingestDocuments(db, asParsed(corpus), { batchSize: 50 });
  const total = (performance.now() - t0) / 1000;
  console.log(
    `${corpus.claims} claims in ${total.toFixed(1)} s (${Math.round(corpus.claims / total)} claims/s); statement, calls, ms:`,
  );
  for (const [k, v] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12))
    console.log(`  ${k} ${v.n} ${Math.round(v.ms)}`);
} finally {
  await db.close();
  await local.stop();
}
