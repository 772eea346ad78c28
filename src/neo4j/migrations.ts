import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { type Database, namedQuery } from './database.ts';

/** Bumped when the graph's shape changes; exports record it so a file says which model it follows. */
export const GRAPH_SCHEMA_VERSION = 1;

// Every constraint and index the service relies on, in one place. Each statement is idempotent (IF NOT EXISTS)
// and runs at start-up; uniqueness constraints also make concurrent MERGEs safe.
const UNIQUE_IDS = ['Actor', 'Location', 'Operation', 'Claim', 'Evidence', 'Article', 'Source'] as const;

export const MIGRATIONS: readonly string[] = [
  ...UNIQUE_IDS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX claim_kind IF NOT EXISTS FOR (c:Claim) ON (c.kind, c.supportType)',
  'CREATE INDEX claim_fact_key IF NOT EXISTS FOR (c:Claim) ON (c.factKey)',
  'CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.sortDate)',
  'CREATE INDEX operation_date IF NOT EXISTS FOR (o:Operation) ON (o.dateStart)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedDate)',
  'CREATE INDEX evidence_alternative IF NOT EXISTS FOR (e:Evidence) ON (e.alternativeKey)',
  'CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)',
  ...(['Actor', 'Location', 'Operation'] as const).map(
    (label) =>
      `CREATE FULLTEXT INDEX ${label.toLowerCase()}_search IF NOT EXISTS FOR (n:${label}) ON EACH [n.searchText] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }",
  ),
  'CREATE FULLTEXT INDEX article_search IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text] ' +
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
];

const RECORD_SCHEMA_VERSION = namedQuery(
  'recordSchemaVersion',
  'MERGE (m:GraphMeta {id: "schema"}) SET m.version = $version RETURN m.version AS version',
  z.object({ version: z.number() }),
);

const AWAIT_INDEXES = namedQuery('awaitIndexes', 'CALL db.awaitIndexes(300)', z.object({}));

export async function migrate(db: Database, log: Logger): Promise<void> {
  for (const statement of MIGRATIONS) {
    await db.write(namedQuery('migration', statement, z.object({})));
  }
  await db.write(RECORD_SCHEMA_VERSION, { version: GRAPH_SCHEMA_VERSION });
  await db.read(AWAIT_INDEXES);
  log.debug('Schema migrations applied', { statements: MIGRATIONS.length, version: GRAPH_SCHEMA_VERSION });
}
