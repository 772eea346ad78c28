import { z } from 'zod';
import { namedQuery } from '../neo4j/database.ts';
import { CONTRIBUTION_OF_C, claimContribution } from './actor-link-deltas.ts';
import { pinnedPlan } from './pinned-plan.ts';

// Write statements of the loader for an article's claims and evidence, in the order it sends them: the previous
// evidence removed, the touched claims locked and read, claims and evidence written, claims no evidence supports
// any more deleted, and the claims' qualifiers derived again from their evidence.

/**
 * Drops what the given articles asserted before, returning the claims they touched (to refresh or delete) and the
 * sources that evidence cited (an answer about a source changes when an edit stops citing it).
 */
export const REMOVE_ARTICLE_EVIDENCE = namedQuery(
  'removeArticleEvidence',
  pinnedPlan(
    `UNWIND $ids AS id
   MATCH (:Article {id: id})<-[:FROM_ARTICLE]-(e:Evidence)-[:SUPPORTS]->(c:Claim)
   WITH e, c.id AS claim, [(e)-[:CITES]->(s:Source) | s.id] AS cited
   DETACH DELETE e
   WITH claim, collect(cited) AS lists
   RETURN claim, reduce(all = [], l IN lists | all + l) AS sources`,
  ),
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
  pinnedPlan(
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
  ),
  z.object({ id: z.string(), existed: z.boolean(), shared: z.boolean(), counted: claimContribution }),
);

export const UPSERT_CLAIMS = namedQuery(
  'upsertClaims',
  pinnedPlan(
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
  ),
  z.object({ written: z.number() }),
);

export const CREATE_EVIDENCE = namedQuery(
  'createEvidence',
  pinnedPlan(
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
  ),
  z.object({ written: z.number() }),
);

export const DELETE_UNSUPPORTED_CLAIMS = namedQuery(
  'deleteUnsupportedClaims',
  pinnedPlan(
    `UNWIND $ids AS id
   MATCH (c:Claim {id: id})
   WHERE NOT EXISTS { (c)<-[:SUPPORTS]-(:Evidence) }
   DETACH DELETE c
   RETURN count(*) AS deleted`,
  ),
  z.object({ deleted: z.number() }),
);

/**
 * Claim-level qualifiers are derived from the evidences, never typed in: certainty is the strongest reported,
 * the date the most precise one, corroboration counts distinct articles and publishers.
 */
export const REFRESH_CLAIMS = namedQuery(
  'refreshClaims',
  pinnedPlan(
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
  ),
  z.object({ id: z.string(), counted: claimContribution }),
);
