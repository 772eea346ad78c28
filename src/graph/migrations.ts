import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { CERTAINTIES } from '../model/vocabulary.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import { linkKey, refreshActorLinks } from './actor-link-queries.ts';
import { REFRESH_CLAIMS } from './claim-write-queries.ts';
import { FILL_ARTICLE_SEARCH_TEXT } from './ingest-queries.ts';

/** Bumped when the graph's shape changes; exports record it so a file says which model it follows. */
export const GRAPH_SCHEMA_VERSION = 5;

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
  // The change log that response caches poll (src/graph/change-log.ts).
  'CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (s:ChangeSequence) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX change_seq IF NOT EXISTS FOR (c:Change) ON (c.seq)',
  // A pair's claims without walking a hub's: the aggregated actor links and their drill-down (version 4). With kind
  // and polarity fixed, the index also yields a link's claims in id order, so "its first n claims" reads n entries.
  'CREATE INDEX claim_pair IF NOT EXISTS FOR (c:Claim) ON (c.subjectId, c.objectId, c.kind, c.polarity, c.id)',
  // A link found by its key when its counts change (version 5), not by expanding a hub actor's every link.
  'CREATE CONSTRAINT linked_key IF NOT EXISTS FOR ()-[l:LINKED]-() REQUIRE l.key IS UNIQUE',
  ...(['Actor', 'Location', 'Operation'] as const).map(
    (label) =>
      `CREATE FULLTEXT INDEX ${label.toLowerCase()}_search IF NOT EXISTS FOR (n:${label}) ON EACH [n.searchText] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }",
  ),
  // Replaced by article_words (elisions split before indexing).
  'DROP INDEX article_search IF EXISTS',
  'CREATE FULLTEXT INDEX source_search IF NOT EXISTS FOR (n:Source) ON EACH [n.searchText] ' +
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }",
  'CREATE FULLTEXT INDEX article_words IF NOT EXISTS FOR (n:Article) ON EACH [n.searchText] ' +
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
];

const RECORD_SCHEMA_VERSION = namedQuery(
  'recordSchemaVersion',
  'MERGE (m:GraphMeta {id: "schema"}) SET m.version = $version RETURN m.version AS version',
  z.object({ version: z.number() }),
);

const CURRENT_SCHEMA_VERSION = namedQuery(
  'currentSchemaVersion',
  'OPTIONAL MATCH (m:GraphMeta {id: "schema"}) RETURN m.version AS version',
  z.object({ version: z.number().nullable() }),
);

const ALL_CLAIM_IDS = namedQuery(
  'allClaimIds',
  'MATCH (c:Claim) RETURN c.id AS id ORDER BY id',
  z.object({ id: z.string() }),
);

/**
 * Derived properties added by a version are computed for data loaded before it: claims keep their evidence, and
 * the same refresh the loader runs recomputes what is derived from it. Keyed by the version that introduced them.
 */
const DATA_MIGRATIONS: Record<number, (db: Database) => Promise<void>> = {
  2: async (db) => {
    const ids = (await db.read(ALL_CLAIM_IDS)).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 1000) {
      await db.write(REFRESH_CLAIMS, { ids: ids.slice(i, i + 1000), certainties: CERTAINTIES });
    }
  },
  // Article and source search read searchText (elisions split); nodes loaded before it get theirs.
  3: async (db) => {
    await db.write(FILL_ARTICLE_SEARCH_TEXT);
  },
  // Claims get their pair ids and every pair its aggregated LINKED relationships (actor-link-queries.ts), a
  // batch of claims per transaction; a pair spread over batches is recomputed whole each time, so it ends exact.
  4: async (db) => {
    const ids = (await db.read(ALL_CLAIM_IDS)).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 1000) {
      await db.writeTransaction(async (tx) => {
        const pairs = await tx.run(FILL_CLAIM_PAIRS, { ids: ids.slice(i, i + 1000) });
        await refreshActorLinks(
          tx,
          pairs.map((p) => [p.subject, p.object]),
        );
      });
    }
  },
  // Links built before their key get it (the loader finds a link by its key: one without would be created again).
  // A pair that somehow holds two links of one kind and polarity would break the key's constraint: its links are
  // deleted and computed again from its claims (links are derived data), which gives them their keys.
  5: async (db) => {
    await db.writeTransaction(async (tx) => {
      const doubled = await tx.run(DROP_DOUBLED_LINKS, {});
      await refreshActorLinks(
        tx,
        doubled.map((p) => [p.subject, p.object]),
      );
    });
    await db.write(FILL_LINK_KEYS);
  },
};

const DROP_DOUBLED_LINKS = namedQuery(
  'dropDoubledLinks',
  `MATCH (s:Actor)-[l:LINKED]->(o:Actor) WHERE l.key IS NULL
   WITH s, o, l.kind AS kind, l.polarity AS polarity, collect(l) AS links WHERE size(links) > 1
   FOREACH (x IN links | DELETE x)
   RETURN DISTINCT s.id AS subject, o.id AS object`,
  z.object({ subject: z.string(), object: z.string() }),
);

const FILL_LINK_KEYS = namedQuery(
  'fillLinkKeys',
  `MATCH (s:Actor)-[l:LINKED]->(o:Actor) WHERE l.key IS NULL
   SET l.key = ${linkKey('s.id', 'o.id', 'l.kind', 'l.polarity')}
   RETURN count(*) AS filled`,
  z.object({ filled: z.number() }),
);

/** Sets the pair ids of a batch of claims from their relationships, returning the pairs to link. */
const FILL_CLAIM_PAIRS = namedQuery(
  'fillClaimPairs',
  `UNWIND $ids AS id
   MATCH (c:Claim {id: id})-[:SUBJECT]->(s:Actor)
   OPTIONAL MATCH (c)-[:OBJECT]->(o:Actor)
   SET c.subjectId = s.id, c.objectId = o.id
   WITH s, o WHERE o IS NOT NULL
   RETURN DISTINCT s.id AS subject, o.id AS object`,
  z.object({ subject: z.string(), object: z.string() }),
);

const AWAIT_INDEXES = namedQuery('awaitIndexes', 'CALL db.awaitIndexes(300)', z.object({}));

export async function migrate(db: Database, log: Logger): Promise<void> {
  for (const statement of MIGRATIONS) {
    await db.write(namedQuery('migration', statement, z.object({})));
  }
  // Data migrations may read through new indexes (migration 4 hints claim_pair): they must be online first.
  await db.read(AWAIT_INDEXES);
  const [current] = await db.read(CURRENT_SCHEMA_VERSION);
  const from = current?.version ?? GRAPH_SCHEMA_VERSION;
  for (let version = from + 1; version <= GRAPH_SCHEMA_VERSION; version++) {
    log.info('Migrating graph data', { to: version });
    await DATA_MIGRATIONS[version]?.(db);
  }
  await db.write(RECORD_SCHEMA_VERSION, { version: GRAPH_SCHEMA_VERSION });
  log.debug('Schema migrations applied', { statements: MIGRATIONS.length, version: GRAPH_SCHEMA_VERSION });
}

/**
 * Deletes every node and relationship, then migrates: an empty graph for tests and benchmarks. Relationships go
 * first, in batches: a hub's (a source cited by half the evidence) would not fit in one transaction.
 */
export async function resetGraph(db: Database, log: Logger): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit transaction: run it outside the managed helpers.
  const session = db.driver.session({ database: db.settings.database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await migrate(db, log);
}
