import { join } from 'node:path';
import { inject } from 'vitest';
import { z } from 'zod';
import { projectRoot } from '../../src/config/environment.ts';
import { resetGraph as resetNeo4jGraph } from '../../src/graph/migrations.ts';
import { type IngestOptions, ingestDocuments } from '../../src/ingest/ingest-service.ts';
import { parseDocument, readDocuments } from '../../src/ingest/read-documents.ts';
import { silentLogger } from '../../src/logger.ts';
import { Database, namedQuery, type QueryEvent } from '../../src/neo4j/database.ts';

export const SEED_DIR = join(projectRoot, 'seed');

export function connectTestDatabase(): Database {
  const { uri, user, password } = inject('neo4j');
  return Database.connect({ uri, user, password, database: 'neo4j', txTimeoutMs: 30_000 }, silentLogger);
}

export async function resetGraph(db: Database): Promise<void> {
  await resetNeo4jGraph(db, silentLogger);
}

const COUNTS = namedQuery(
  'testCounts',
  'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
  z.object({ nodes: z.number(), relationships: z.number() }),
);

/** A fingerprint of the whole graph: counts plus every node's properties, to prove "nothing changed". */
const FINGERPRINT = namedQuery(
  'testFingerprint',
  `MATCH (n) WITH n ORDER BY elementId(n)
   RETURN collect([labels(n), n.id, n.contentHash, n.defHash, n.certainty, n.evidenceCount]) AS nodes,
          COUNT { MATCH ()-[r]->() } AS relationships`,
  z.object({ nodes: z.array(z.unknown()), relationships: z.number() }),
);

export async function graphCounts(db: Database) {
  const [row] = await db.read(COUNTS);
  return row!;
}

export async function graphFingerprint(db: Database): Promise<string> {
  const [row] = await db.read(FINGERPRINT);
  return JSON.stringify(row);
}

export async function loadSeed(db: Database, options: IngestOptions = {}) {
  return ingestDocuments(db, await readDocuments(SEED_DIR), options);
}

export async function ingestJson(db: Database, label: string, json: unknown, options: IngestOptions = {}) {
  return ingestDocuments(db, [await parseDocument(label, json)], options);
}

/** Records every Cypher statement sent, to count round trips. */
export function recordQueries(db: Database) {
  const events: QueryEvent[] = [];
  const stop = db.observe((e) => events.push(e));
  return { events, stop };
}

/** A fresh graph holding the seed (every document loaded, or it throws), for one test file. */
export async function openSeededGraph(): Promise<Database> {
  const db = connectTestDatabase();
  await resetGraph(db);
  const summary = await loadSeed(db);
  if (summary.counts.failed > 0) throw new Error(`the seed did not load: ${JSON.stringify(summary.documents)}`);
  return db;
}
