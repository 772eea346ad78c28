import { z } from 'zod';
import { namedQuery } from '../neo4j/database.ts';
import { pinnedPlan } from './pinned-plan.ts';

// Write statements of the loader for reference data, operations and articles (claims and evidence are in
// claim-write-queries.ts), one purpose each, every one batched with UNWIND. Reference data carries a
// definition hash (defHash): a row whose hash is unchanged is not written, which keeps re-ingestion a no-op.

/**
 * The words the article search looks in: title and text with apostrophes turned into spaces, so the index holds
 * "Inter" and "Anéfis" rather than "l'Inter" and "d'Anéfis" (the standard tokenizer keeps elisions attached).
 * Sources search their name and id the same way.
 */
export const splitElisions = (expression: string) =>
  `replace(replace(replace(${expression}, "'", ' '), '’', ' '), 'ʼ', ' ')`;
export const articleSearchText = (title: string, text: string) => splitElisions(`${title} + ' ' + ${text}`);

/**
 * Whether a row may redefine an existing actor, place or source: a gazetteer always may (it is the reference); an
 * article only what it defined itself (or a node from before origins were kept), so that articles redeclaring the
 * same country in their own words do not take turns overwriting it at every re-run.
 */
const mayRedefine = (node: string) =>
  `(row.origin = 'gazetteer' OR coalesce(${node}.defOrigin, row.origin) = row.origin)`;

/** Rows whose definition changed; `created` when the node did not exist before. */
const changedIds = z.object({ id: z.string(), created: z.boolean() });

export const UPSERT_ACTORS = namedQuery(
  'upsertActors',
  `UNWIND $rows AS row
   MERGE (a:Actor {id: row.id})
   WITH a, row, a.defHash IS NULL AS created
   WHERE created OR (a.defHash <> row.hash AND ${mayRedefine('a')})
   SET a.name = row.name, a.kind = row.kind, a.country = row.country, a.wikidata = row.wikidata,
       a.description = row.description, a.aliasNames = row.aliasNames, a.aliasLangs = row.aliasLangs,
       a.searchText = row.searchText, a.defHash = row.hash, a.defOrigin = row.origin
   REMOVE a:Alliance
   WITH a, row, created
   CALL (a, row) { WITH a WHERE row.kind = 'ALLIANCE' SET a:Alliance }
   RETURN a.id AS id, created`,
  changedIds,
);

export const LINK_ACTORS = namedQuery(
  'linkActors',
  `UNWIND $rows AS row
   MATCH (a:Actor {id: row.id})
   CALL (a) { MATCH (a)-[r:PART_OF|AFFILIATED_WITH|SUCCEEDS]->(:Actor) DELETE r }
   CALL (a) { MATCH (a)<-[m:MEMBER_OF]-(:Actor) DELETE m }
   CALL (a, row) { MATCH (p:Actor {id: row.partOf}) MERGE (a)-[:PART_OF]->(p) }
   CALL (a, row) {
     UNWIND row.affiliations AS link
     MATCH (t:Actor {id: link.actor})
     CREATE (a)-[:AFFILIATED_WITH {since: link.since, until: link.until,
                                   sinceStart: date(link.sinceStart), untilEnd: date(link.untilEnd)}]->(t)
   }
   CALL (a, row) {
     UNWIND row.members AS link
     MATCH (m:Actor {id: link.actor})
     CREATE (m)-[:MEMBER_OF {since: link.since, until: link.until,
                             sinceStart: date(link.sinceStart), untilEnd: date(link.untilEnd)}]->(a)
   }
   CALL (a, row) {
     MATCH (p:Actor {id: row.succeeds.actor})
     CREATE (a)-[:SUCCEEDS {date: row.succeeds.date}]->(p)
   }
   RETURN count(*) AS linked`,
  z.object({ linked: z.number() }),
);

export const UPSERT_LOCATIONS = namedQuery(
  'upsertLocations',
  `UNWIND $rows AS row
   MERGE (l:Location {id: row.id})
   WITH l, row, l.defHash IS NULL AS created
   WHERE created OR (l.defHash <> row.hash AND ${mayRedefine('l')})
   SET l.name = row.name, l.kind = row.kind, l.country = row.country, l.geonames = row.geonames,
       l.point = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END,
       l.aliasNames = row.aliasNames, l.aliasLangs = row.aliasLangs, l.searchText = row.searchText, l.defHash = row.hash,
       l.defOrigin = row.origin
   RETURN l.id AS id, created`,
  changedIds,
);

export const LINK_LOCATIONS = namedQuery(
  'linkLocations',
  `UNWIND $rows AS row
   MATCH (l:Location {id: row.id})
   CALL (l) { MATCH (l)-[r:PART_OF]->(:Location) DELETE r }
   CALL (l, row) { MATCH (p:Location {id: row.partOf}) MERGE (l)-[:PART_OF]->(p) }
   RETURN count(*) AS linked`,
  z.object({ linked: z.number() }),
);

export const UPSERT_SOURCES = namedQuery(
  'upsertSources',
  `UNWIND $rows AS row
   MERGE (s:Source {id: row.id})
   WITH s, row, s.defHash IS NULL AS created
   WHERE created OR (s.defHash <> row.hash AND ${mayRedefine('s')})
   SET s.name = row.name, s.kind = row.kind, s.defHash = row.hash, s.defOrigin = row.origin,
       s.searchText = ${splitElisions("row.name + ' ' + replace(row.id, '-', ' ')")}
   WITH s, row, created
   CALL (s) { MATCH (s)-[r:IS_ACTOR]->() DELETE r }
   CALL (s, row) { MATCH (a:Actor {id: row.actor}) MERGE (s)-[:IS_ACTOR]->(a) }
   RETURN s.id AS id, created`,
  changedIds,
);

/**
 * Binds `o` and `created` to each operation of $rows whose definition changed, written with its places and campaign
 * (the ties of the others are not touched). A campaign declared by another row of the batch is found: Cypher
 * completes the MERGE of every row before the MATCH that reads it.
 */
export const UPSERT_OPERATIONS_BODY = `UNWIND $rows AS row
   MERGE (o:Operation {id: row.id})
   WITH o, row, o.defHash IS NULL AS created WHERE created OR o.defHash <> row.hash
   SET o.name = row.name, o.eventType = row.eventType, o.date = row.date, o.datePrecision = row.datePrecision,
       o.dateStart = date(row.dateStart), o.dateEnd = date(coalesce(row.endDateEnd, row.dateEnd)),
       o.endDate = row.endDate, o.outcome = row.outcome, o.outcomeType = row.outcomeType,
       o.fatalitiesMin = row.fatalitiesMin, o.fatalitiesMax = row.fatalitiesMax,
       o.aliasNames = row.aliasNames, o.aliasLangs = row.aliasLangs, o.searchText = row.searchText, o.defHash = row.hash
   WITH o, row, created
   CALL (o) { MATCH (o)-[r:AT|PART_OF]->() DELETE r }
   CALL (o, row) {
     UNWIND row.locations AS place
     MATCH (l:Location {id: place.location})
     MERGE (o)-[:AT {role: place.role}]->(l)
   }
   CALL (o, row) { MATCH (c:Operation {id: row.campaign}) MERGE (o)-[:PART_OF]->(c) }`;

/** Ids of every $actor, $location, $operation and $source the graph does not hold. */
export const MISSING_REFERENCES_BODY = `RETURN [id IN $actor WHERE NOT EXISTS { MATCH (:Actor {id: id}) }] AS actor,
          [id IN $location WHERE NOT EXISTS { MATCH (:Location {id: id}) }] AS location,
          [id IN $operation WHERE NOT EXISTS { MATCH (:Operation {id: id}) }] AS operation,
          [id IN $source WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS source`;

const missingReferences = {
  actor: z.array(z.string()),
  location: z.array(z.string()),
  operation: z.array(z.string()),
  source: z.array(z.string()),
};

export const MISSING_REFERENCES = namedQuery(
  'missingReferences',
  pinnedPlan(MISSING_REFERENCES_BODY),
  z.object(missingReferences),
);

export const ARTICLE_HASHES = namedQuery(
  'articleHashes',
  pinnedPlan(
    `UNWIND $ids AS id
   OPTIONAL MATCH (a:Article {id: id})
   RETURN id, a.contentHash AS hash`,
  ),
  z.object({ id: z.string(), hash: z.string().nullable() }),
);

/**
 * For extracted articles: whether the graph holds a reviewed annotation of the same article (an evidence a writer
 * made or accepted), and another article with the same publication date and the same text or headline (the same
 * article under another id: a text ingested again with other metadata, or the text of an annotated article, whose
 * stored copy may still hold the page furniture the extraction removed).
 */
export const EXTRACTION_TARGETS = namedQuery(
  'extractionTargets',
  `UNWIND $rows AS row
   OPTIONAL MATCH (a:Article {id: row.id})
   RETURN row.id AS id,
          CASE WHEN a IS NULL THEN false
               ELSE EXISTS { (a)<-[:FROM_ARTICLE]-(e:Evidence) WHERE coalesce(e.draft, false) = false } END AS reviewed,
          COLLECT { MATCH (o:Article) WHERE o.publishedDate = date(row.publishedDate) AND o.id <> row.id
                    AND (o.text = row.text OR (row.headline AND toLower(o.title) = toLower(row.title)))
                    RETURN o.id ORDER BY o.id LIMIT 1 }[0] AS twin`,
  z.object({ id: z.string(), reviewed: z.boolean(), twin: z.string().nullable() }),
);

/** For articles and sources loaded before searchText existed. */
export const FILL_ARTICLE_SEARCH_TEXT = namedQuery(
  'fillArticleSearchText',
  `CALL () { MATCH (a:Article) WHERE a.searchText IS NULL SET a.searchText = ${articleSearchText('a.title', 'a.text')} }
   CALL () { MATCH (s:Source) WHERE s.searchText IS NULL
          SET s.searchText = ${splitElisions("s.name + ' ' + replace(s.id, '-', ' ')")} }
   RETURN 0 AS written`,
  z.object({ written: z.number() }),
);

/** Only on the error path, to suggest the closest existing id for a typo. */
export const ALL_IDS = namedQuery(
  'allIds',
  `CALL () { MATCH (n:Actor) RETURN 'actor' AS type, n.id AS id
             UNION ALL MATCH (n:Location) RETURN 'location' AS type, n.id AS id
             UNION ALL MATCH (n:Operation) RETURN 'operation' AS type, n.id AS id
             UNION ALL MATCH (n:Source) RETURN 'source' AS type, n.id AS id }
   RETURN type, id LIMIT 200000`,
  z.object({ type: z.enum(['actor', 'location', 'operation', 'source']), id: z.string() }),
);
