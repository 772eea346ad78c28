import { z } from 'zod';
import { namedQuery } from '../neo4j/database.ts';
import { CONTRIBUTION_OF_C, claimContribution } from './actor-link-deltas.ts';
import { appendChange, NEIGHBOURS_OF_C } from './change-log.ts';
import { articleSearchText } from './ingest-queries.ts';
import { pinnedPlan } from './pinned-plan.ts';

// Write statements of the loader for the changed articles, their claims and evidence, in the order it sends them,
// each purpose of a batch sharing one statement with those that UNWIND the same rows (every statement is a round
// trip and a plan): the articles written and their previous evidence removed; the touched claims locked, read and
// written; then the evidence created, the change recorded, claims no evidence supports any more deleted, and the
// claims' qualifiers derived again from their evidence. Review (review-service.ts) reuses the last two.

/**
 * The changed articles written, and what they asserted before dropped, returning the claims that evidence
 * supported (to refresh or delete) and the sources it cited (an answer about a source changes when an edit stops
 * citing it). One statement: the article upsert and the removal of its previous evidence share the UNWIND.
 */
export const WRITE_ARTICLES = namedQuery(
  'writeArticles',
  pinnedPlan(
    `UNWIND $rows AS row
   MERGE (a:Article {id: row.id})
   SET a.title = row.title, a.url = row.url, a.publisher = row.publisher, a.language = row.language,
       a.publishedAt = row.publishedAt, a.publishedDate = date(row.publishedDate), a.retrievedAt = row.retrievedAt,
       a.authorship = row.authorship, a.summarises = row.summarises, a.text = row.text,
       a.searchText = ${articleSearchText('row.title', 'row.text')},
       a.contentHash = row.contentHash, a.ingestedAt = datetime()
   WITH a
   CALL (a) {
     MATCH (a)<-[:FROM_ARTICLE]-(e:Evidence)-[:SUPPORTS]->(c:Claim)
     WITH e, c.id AS claim, [(e)-[:CITES]->(s:Source) | s.id] AS cited
     DETACH DELETE e
     RETURN claim, cited
   }
   WITH claim, collect(cited) AS lists
   RETURN claim, reduce(all = [], l IN lists | all + l) AS sources`,
  ),
  z.object({ claim: z.string(), sources: z.array(z.string()) }),
);

/**
 * Every claim the write touches ($rows: the articles' claims with their row, and those their previous evidence
 * supported with none), each locked first so that what is read is what the write changes: whether it exists,
 * whether articles other than the ones being loaded back it (a new report merging into a known fact, for the
 * summary), and what it counts in its actor link (actor-link-deltas.ts), read before the claim is written. A claim
 * not in the graph yet is created bare here, so that a parallel writer creating the same claim waits for this one
 * and then reads it, instead of both counting it. A claim whose fact and polarity are already stored (its id is a
 * hash of them, or an annotator's id restating the same fact) keeps its properties and relationships untouched:
 * rewriting them would delete and recreate four relationships on hub actors and operations for nothing.
 */
export const WRITE_CLAIMS = namedQuery(
  'writeClaims',
  pinnedPlan(
    `UNWIND $rows AS t
   MERGE (c:Claim {id: t.id})
   SET c.lock = true
   REMOVE c.lock
   WITH t, c, c.kind IS NOT NULL AS existed
   WITH t, c, existed,
        existed AND EXISTS {
          MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a:Article) WHERE NOT a.id IN $articles
        } AS shared,
        ${CONTRIBUTION_OF_C} AS counted,
        coalesce(existed AND c.factKey = t.row.factKey AND c.polarity = t.row.polarity, false) AS stored
   CALL (c, t, stored) {
     WITH c, t.row AS row WHERE row IS NOT NULL AND NOT stored
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
   }
   RETURN t.id AS id, existed, shared, counted`,
  ),
  z.object({ id: z.string(), existed: z.boolean(), shared: z.boolean(), counted: claimContribution }),
);

/** Deletes the claims of $ids that no evidence supports any more (also part of the loader's evidence statement). */
export const DELETE_UNSUPPORTED_BODY = `UNWIND $ids AS id
   MATCH (c:Claim {id: id})
   WHERE NOT EXISTS { (c)<-[:SUPPORTS]-(:Evidence) }
   DETACH DELETE c
   RETURN count(*) AS deleted`;

export const DELETE_UNSUPPORTED_CLAIMS = namedQuery(
  'deleteUnsupportedClaims',
  pinnedPlan(DELETE_UNSUPPORTED_BODY),
  z.object({ deleted: z.number() }),
);

/**
 * Claim-level qualifiers are derived from the evidences, never typed in: certainty is the strongest reported,
 * the date the most precise one, corroboration counts distinct articles and publishers. Binds each claim of $ids
 * that evidence still supports as `c`, its qualifiers set again (also part of the loader's evidence statement).
 */
export const REFRESH_BODY = `UNWIND $ids AS id
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
         ELSE null END`;

export const REFRESH_CLAIMS = namedQuery(
  'refreshClaims',
  pinnedPlan(
    `${REFRESH_BODY}
   RETURN c.id AS id, ${CONTRIBUTION_OF_C} AS counted`,
  ),
  z.object({ id: z.string(), counted: claimContribution }),
);

/**
 * The articles' evidence created, then, in the same statement: the claims of $ids no evidence supports any more
 * deleted, the qualifiers of the others derived again (returned with what each now counts in its actor link), and
 * the change-log entry (change-log.ts) naming the neighbours of both, the deleted ones read before they go. The
 * neighbours are read by the passes over the claims that delete and refresh them, not by one of their own.
 */
export const WRITE_EVIDENCE = namedQuery(
  'writeEvidence',
  pinnedPlan(
    `CALL () {
     UNWIND $evidence AS row
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
   }
   CALL () {
     UNWIND $ids AS id
     MATCH (c:Claim {id: id})
     WHERE NOT EXISTS { (c)<-[:SUPPORTS]-(:Evidence) }
     WITH c, ${NEIGHBOURS_OF_C} AS near
     DETACH DELETE c
     RETURN count(*) AS deleted, collect(near) AS gone
   }
   CALL () {
     ${REFRESH_BODY}
     // the sources from the evidence already read, rather than expanding the claim's evidence again
     WITH c, ${NEIGHBOURS_OF_C} + reduce(all = [], e IN evs | all + [(e)-[:CITES]->(s:Source) | 'Source:' + s.id]) AS near
     RETURN collect({id: c.id, counted: ${CONTRIBUTION_OF_C}}) AS after, collect(near) AS kept
   }
   CALL (gone, kept) {
     UNWIND gone + kept AS near
     UNWIND near AS entity
     RETURN collect(DISTINCT entity) AS near
   }
   CALL (near) {
     ${appendChange('CASE WHEN $everything THEN [] ELSE near END')}
   }
   RETURN deleted, after`,
  ),
  z.object({
    deleted: z.number(),
    after: z.array(z.object({ id: z.string(), counted: claimContribution })),
  }),
);
