import { z } from 'zod';
import { namedQuery } from '../neo4j/database.ts';
import { CONTRIBUTION_OF_C, claimContribution } from './actor-link-deltas.ts';

// Write statements of the loader, one purpose each, every one batched with UNWIND. Reference data carries a
// definition hash (defHash): a row whose hash is unchanged is not written, which keeps re-ingestion a no-op.

/**
 * The words the article search looks in: title and text with apostrophes turned into spaces, so the index holds
 * "Inter" and "Anéfis" rather than "l'Inter" and "d'Anéfis" (the standard tokenizer keeps elisions attached).
 * Sources search their name and id the same way.
 */
export const splitElisions = (expression: string) =>
  `replace(replace(replace(${expression}, "'", ' '), '’', ' '), 'ʼ', ' ')`;
export const articleSearchText = (title: string, text: string) => splitElisions(`${title} + ' ' + ${text}`);

/** Rows whose definition changed; `created` when the node did not exist before. */
const changedIds = z.object({ id: z.string(), created: z.boolean() });

export const UPSERT_ACTORS = namedQuery(
  'upsertActors',
  `UNWIND $rows AS row
   MERGE (a:Actor {id: row.id})
   WITH a, row, a.defHash IS NULL AS created WHERE created OR a.defHash <> row.hash
   SET a.name = row.name, a.kind = row.kind, a.country = row.country, a.wikidata = row.wikidata,
       a.description = row.description, a.aliasNames = row.aliasNames, a.aliasLangs = row.aliasLangs,
       a.searchText = row.searchText, a.defHash = row.hash
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
   WITH l, row, l.defHash IS NULL AS created WHERE created OR l.defHash <> row.hash
   SET l.name = row.name, l.kind = row.kind, l.country = row.country, l.geonames = row.geonames,
       l.point = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END,
       l.aliasNames = row.aliasNames, l.aliasLangs = row.aliasLangs, l.searchText = row.searchText, l.defHash = row.hash
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
   WITH s, row, s.defHash IS NULL AS created WHERE created OR s.defHash <> row.hash
   SET s.name = row.name, s.kind = row.kind, s.defHash = row.hash,
       s.searchText = ${splitElisions("row.name + ' ' + replace(row.id, '-', ' ')")}
   WITH s, row, created
   CALL (s) { MATCH (s)-[r:IS_ACTOR]->() DELETE r }
   CALL (s, row) { MATCH (a:Actor {id: row.actor}) MERGE (s)-[:IS_ACTOR]->(a) }
   RETURN s.id AS id, created`,
  changedIds,
);

export const UPSERT_OPERATIONS = namedQuery(
  'upsertOperations',
  `UNWIND $rows AS row
   MERGE (o:Operation {id: row.id})
   WITH o, row, o.defHash IS NULL AS created WHERE created OR o.defHash <> row.hash
   SET o.name = row.name, o.eventType = row.eventType, o.date = row.date, o.datePrecision = row.datePrecision,
       o.dateStart = date(row.dateStart), o.dateEnd = date(coalesce(row.endDateEnd, row.dateEnd)),
       o.endDate = row.endDate, o.outcome = row.outcome, o.outcomeType = row.outcomeType,
       o.fatalitiesMin = row.fatalitiesMin, o.fatalitiesMax = row.fatalitiesMax,
       o.aliasNames = row.aliasNames, o.aliasLangs = row.aliasLangs, o.searchText = row.searchText, o.defHash = row.hash
   RETURN o.id AS id, created`,
  changedIds,
);

export const LINK_OPERATIONS = namedQuery(
  'linkOperations',
  `UNWIND $rows AS row
   MATCH (o:Operation {id: row.id})
   CALL (o) { MATCH (o)-[r:AT|PART_OF]->() DELETE r }
   CALL (o, row) {
     UNWIND row.locations AS place
     MATCH (l:Location {id: place.location})
     MERGE (o)-[:AT {role: place.role}]->(l)
   }
   CALL (o, row) { MATCH (c:Operation {id: row.campaign}) MERGE (o)-[:PART_OF]->(c) }
   RETURN count(*) AS linked`,
  z.object({ linked: z.number() }),
);

export const MISSING_REFERENCES = namedQuery(
  'missingReferences',
  `RETURN [id IN $actor WHERE NOT EXISTS { MATCH (:Actor {id: id}) }] AS actor,
          [id IN $location WHERE NOT EXISTS { MATCH (:Location {id: id}) }] AS location,
          [id IN $operation WHERE NOT EXISTS { MATCH (:Operation {id: id}) }] AS operation,
          [id IN $source WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS source`,
  z.object({
    actor: z.array(z.string()),
    location: z.array(z.string()),
    operation: z.array(z.string()),
    source: z.array(z.string()),
  }),
);

export const ARTICLE_HASHES = namedQuery(
  'articleHashes',
  `UNWIND $ids AS id
   OPTIONAL MATCH (a:Article {id: id})
   RETURN id, a.contentHash AS hash`,
  z.object({ id: z.string(), hash: z.string().nullable() }),
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

export const UPSERT_ARTICLES = namedQuery(
  'upsertArticles',
  `UNWIND $rows AS row
   MERGE (a:Article {id: row.id})
   SET a.title = row.title, a.url = row.url, a.publisher = row.publisher, a.language = row.language,
       a.publishedAt = row.publishedAt, a.publishedDate = date(row.publishedDate), a.retrievedAt = row.retrievedAt,
       a.authorship = row.authorship, a.summarises = row.summarises, a.text = row.text,
       a.searchText = ${articleSearchText('row.title', 'row.text')},
       a.contentHash = row.contentHash, a.ingestedAt = datetime()
   RETURN count(a) AS written`,
  z.object({ written: z.number() }),
);

/**
 * Drops what the given articles asserted before, returning the claims they touched (to refresh or delete) and the
 * sources that evidence cited (an answer about a source changes when an edit stops citing it).
 */
export const REMOVE_ARTICLE_EVIDENCE = namedQuery(
  'removeArticleEvidence',
  `UNWIND $ids AS id
   MATCH (:Article {id: id})<-[:FROM_ARTICLE]-(e:Evidence)-[:SUPPORTS]->(c:Claim)
   WITH e, c.id AS claim, [(e)-[:CITES]->(s:Source) | s.id] AS cited
   DETACH DELETE e
   WITH claim, collect(cited) AS lists
   RETURN claim, reduce(all = [], l IN lists | all + l) AS sources`,
  z.object({ claim: z.string(), sources: z.array(z.string()) }),
);

/**
 * Before claims are written, every claim the write touches (the articles' claims and those their previous evidence
 * supported), each locked first so that what is read is what the write changes: whether it exists, whether
 * articles other than the ones being loaded back it (a new report merging into a known fact, for the summary), and
 * what it counts in its actor link (actor-link-deltas.ts). A claim not in the graph yet is created bare here, so
 * that a parallel writer creating the same claim waits for this one and then reads it, instead of both counting it.
 */
export const CLAIM_STATES_BEFORE = namedQuery(
  'claimStatesBefore',
  `UNWIND $ids AS id
   MERGE (c:Claim {id: id})
   SET c.lock = true
   REMOVE c.lock
   WITH id, c, c.kind IS NOT NULL AS existed
   RETURN id, existed,
          existed AND EXISTS {
            MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a:Article) WHERE NOT a.id IN $articles
          } AS shared,
          ${CONTRIBUTION_OF_C} AS counted`,
  z.object({ id: z.string(), existed: z.boolean(), shared: z.boolean(), counted: claimContribution }),
);

export const UPSERT_CLAIMS = namedQuery(
  'upsertClaims',
  `UNWIND $rows AS row
   MERGE (c:Claim {id: row.id})
   SET c.kind = row.kind, c.supportType = row.supportType, c.statementType = row.statementType,
       c.polarity = row.polarity, c.factKey = row.factKey,
       // The pair's ids, indexed (claim_pair): the aggregated actor links and their drill-down find a pair's
       // claims by them (actor-link-queries.ts). Set here, with the SUBJECT and OBJECT relationships they mirror.
       c.subjectId = row.subject, c.objectId = row.object
   WITH c, row
   CALL (c) { MATCH (c)-[r:SUBJECT|OBJECT|IN_OPERATION|AT]->() DELETE r }
   CALL (c, row) { MATCH (s:Actor {id: row.subject}) CREATE (c)-[:SUBJECT]->(s) }
   CALL (c, row) { MATCH (o:Actor {id: row.object}) CREATE (c)-[:OBJECT]->(o) }
   CALL (c, row) { MATCH (op:Operation {id: row.operation}) CREATE (c)-[:IN_OPERATION]->(op) }
   CALL (c, row) { MATCH (l:Location {id: row.location}) CREATE (c)-[:AT]->(l) }
   RETURN count(c) AS written`,
  z.object({ written: z.number() }),
);

export const CREATE_EVIDENCE = namedQuery(
  'createEvidence',
  `UNWIND $rows AS row
   MATCH (c:Claim {id: row.claim})
   MATCH (a:Article {id: row.article})
   CREATE (e:Evidence {id: row.id, quote: row.quote, sentence: row.sentence, charStart: row.charStart,
                       charEnd: row.charEnd, certainty: row.certainty, certaintyRank: row.certaintyRank,
                       hedge: row.hedge, materiel: row.materiel, date: row.date, datePrecision: row.datePrecision,
                       dateStart: date(row.dateStart), dateEnd: date(row.dateEnd), endDate: row.endDate,
                       officiallyAcknowledged: row.officiallyAcknowledged, alternativeGroup: row.alternativeGroup,
                       alternativeKey: row.alternativeKey, draft: row.draft, extractor: row.extractor,
                       rule: row.rule, score: row.score})
   CREATE (e)-[:SUPPORTS]->(c)
   CREATE (e)-[:FROM_ARTICLE]->(a)
   WITH e, row
   CALL (e, row) {
     UNWIND row.sources AS sid
     MATCH (s:Source {id: sid})
     CREATE (e)-[:CITES]->(s)
   }
   RETURN count(e) AS written`,
  z.object({ written: z.number() }),
);

export const DELETE_UNSUPPORTED_CLAIMS = namedQuery(
  'deleteUnsupportedClaims',
  `UNWIND $ids AS id
   MATCH (c:Claim {id: id})
   WHERE NOT EXISTS { (c)<-[:SUPPORTS]-(:Evidence) }
   DETACH DELETE c
   RETURN count(*) AS deleted`,
  z.object({ deleted: z.number() }),
);

/**
 * Claim-level qualifiers are derived from the evidences, never typed in: certainty is the strongest reported,
 * the date the most precise one, corroboration counts distinct articles and publishers.
 */
export const REFRESH_CLAIMS = namedQuery(
  'refreshClaims',
  `UNWIND $ids AS id
   MATCH (c:Claim {id: id})<-[:SUPPORTS]-(e:Evidence)-[:FROM_ARTICLE]->(a:Article)
   WITH c, e, a
   ORDER BY CASE e.datePrecision WHEN 'DAY' THEN 0 WHEN 'MONTH' THEN 1 WHEN 'YEAR' THEN 2 ELSE 3 END, e.dateStart
   WITH c, collect(e) AS evs, count(DISTINCT a) AS articles, count(DISTINCT a.publisher) AS publishers,
        min(a.publishedDate) AS firstReported
   WITH c, evs, articles, publishers, firstReported,
        reduce(m = 0, e IN evs | CASE WHEN e.certaintyRank > m THEN e.certaintyRank ELSE m END) AS rank,
        [e IN evs WHERE e.date IS NOT NULL] AS dated,
        COLLECT { MATCH (c)-[:IN_OPERATION]->(op:Operation) RETURN op }[0] AS op
   SET c.certaintyRank = rank,
       c.certainty = $certainties[rank],
       c.evidenceCount = size(evs),
       // a claim stays a draft until one evidence is not: a writer's acceptance or a human annotation of it
       c.draft = all(e IN evs WHERE e.draft = true),
       c.articleCount = articles,
       c.publisherCount = publishers,
       c.firstReported = firstReported,
       c.date = head(dated).date, c.datePrecision = head(dated).datePrecision,
       c.dateStart = head(dated).dateStart, c.dateEnd = head(dated).dateEnd,
       // When the articles give no date, the claim takes its operation's, else the first report's: what
       // ordering and date filters use.
       c.sortDate = coalesce(head(dated).dateStart, op.dateStart, firstReported),
       c.sortDateEnd = coalesce(head(dated).dateEnd, op.dateEnd, firstReported),
       c.when = coalesce(head(dated).date, op.date, toString(firstReported)),
       c.whenBasis = CASE WHEN size(dated) > 0 THEN 'CLAIM' WHEN op IS NOT NULL THEN 'OPERATION' ELSE 'FIRST_REPORT' END,
       c.materiel = reduce(acc = [], x IN [e IN evs WHERE e.materiel IS NOT NULL | e.materiel] |
                           CASE WHEN x IN acc THEN acc ELSE acc + x END),
       c.alternativeGroups = reduce(acc = [], x IN [e IN evs WHERE e.alternativeGroup IS NOT NULL | e.alternativeGroup] |
                           CASE WHEN x IN acc THEN acc ELSE acc + x END),
       c.officiallyAcknowledged = CASE
         WHEN any(e IN evs WHERE e.officiallyAcknowledged = true) THEN true
         WHEN any(e IN evs WHERE e.officiallyAcknowledged = false) THEN false
         ELSE null END
   RETURN c.id AS id, ${CONTRIBUTION_OF_C} AS counted`,
  z.object({ id: z.string(), counted: claimContribution }),
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
