import { z } from 'zod';
import { ACTOR_TIES } from '../model/vocabulary.ts';
import { namedQuery } from '../neo4j/database.ts';

// The export's Cypher. Every query starts from the same selection of claims (SELECTED_CLAIMS, parameters from
// selectionParams) and returns one kind of node or edge, each once: Neo4j removes the duplicates (DISTINCT,
// grouping), so the service streams rows to the file without remembering what it has written. Rows come sorted
// by id, so the same graph and selection give the same file.

export const SELECTED_CLAIMS = `MATCH (c:Claim)
   WHERE ($operations IS NULL OR EXISTS { MATCH (c)-[:IN_OPERATION]->(o:Operation) WHERE o.id IN $operations })
     AND ($actors IS NULL OR all(x IN COLLECT { MATCH (c)-[:SUBJECT|OBJECT]->(a:Actor) RETURN a.id } WHERE x IN $actors))
     AND ($alliance IS NULL OR EXISTS {
           MATCH (c)-[:SUBJECT|OBJECT]->(:Actor)-[:PART_OF*0..3]->(:Actor)-[m:MEMBER_OF]->(:Actor {id: $alliance})
           // A member's claims count while it is a member: the claim's period meets the membership's.
           WHERE (m.sinceStart IS NULL OR c.sortDateEnd IS NULL OR c.sortDateEnd >= m.sinceStart)
             AND (m.untilEnd IS NULL OR c.sortDate IS NULL OR c.sortDate <= m.untilEnd) })
     AND ($location IS NULL
          OR EXISTS { MATCH (c)-[:AT]->(:Location)-[:PART_OF*0..6]->(:Location {id: $location}) }
          OR EXISTS { MATCH (c)-[:IN_OPERATION]->(:Operation)-[:AT]->(:Location)-[:PART_OF*0..6]->(:Location {id: $location}) })
     AND ($from IS NULL OR c.sortDateEnd >= date($from))
     AND ($to IS NULL OR c.sortDate <= date($to))
     AND ($kinds IS NULL OR c.kind IN $kinds)
     AND ($supportTypes IS NULL OR c.supportType IN $supportTypes)
     AND ($minRank IS NULL OR c.certaintyRank >= $minRank)`;

const props = z.record(z.string(), z.unknown());
const entityLabel = z.enum(['Actor', 'Operation', 'Location']);
const labelOf = (variable: string) =>
  `CASE WHEN ${variable}:Actor THEN 'Actor' WHEN ${variable}:Operation THEN 'Operation' ELSE 'Location' END`;

export const EXPORT_CLAIMS = namedQuery(
  'exportClaims',
  `${SELECTED_CLAIMS}
   RETURN properties(c) AS props ORDER BY c.id`,
  z.object({ props }),
);

/** Actors, operations and locations the claims involve, with the places of their operations. */
export const EXPORT_ENTITIES = namedQuery(
  'exportEntities',
  `${SELECTED_CLAIMS}
   CALL (c) {
     MATCH (c)-[:SUBJECT|OBJECT|IN_OPERATION|AT]->(n) RETURN n
     UNION
     MATCH (c)-[:IN_OPERATION]->(:Operation)-[:AT]->(n:Location) RETURN n
   }
   WITH DISTINCT n
   RETURN ${labelOf('n')} AS label, n {.*, lat: n.point.latitude, lon: n.point.longitude} AS props
   ORDER BY label, props.id`,
  z.object({ label: entityLabel, props }),
);

/** The distinct nodes that `path` reaches from the selected claims, in id order. */
const distinctNodes = (name: string, path: string, variable: string, projection: string) =>
  namedQuery(
    name,
    `${SELECTED_CLAIMS}
     MATCH ${path}
     WITH DISTINCT ${variable}
     RETURN ${projection} AS props ORDER BY props.id`,
    z.object({ props }),
  );

export const EXPORT_EVIDENCE = distinctNodes('exportEvidence', '(c)<-[:SUPPORTS]-(e:Evidence)', 'e', 'properties(e)');
export const EXPORT_ARTICLES = distinctNodes(
  'exportArticles',
  '(c)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a:Article)',
  'a',
  'a {.id, .title, .url, .publisher, .language, .publishedAt, .authorship}',
);
export const EXPORT_SOURCES = distinctNodes(
  'exportSources',
  '(c)<-[:SUPPORTS]-(:Evidence)-[:CITES]->(s:Source)',
  's',
  'properties(s)',
);

/** A claim's own edges, each carrying the claim's period for timelines. */
export const EXPORT_CLAIM_EDGES = namedQuery(
  'exportClaimEdges',
  `${SELECTED_CLAIMS}
   MATCH (c)-[r:SUBJECT|OBJECT|IN_OPERATION|AT]->(n)
   RETURN c.id AS claim, toString(c.sortDate) AS start, toString(c.sortDateEnd) AS end, type(r) AS type,
          ${labelOf('n')} AS label, n.id AS target
   ORDER BY claim, type, label, target`,
  z.object({
    claim: z.string(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    type: z.enum(['SUBJECT', 'OBJECT', 'IN_OPERATION', 'AT']),
    label: entityLabel,
    target: z.string(),
  }),
);

export const EXPORT_OPERATION_PLACES = namedQuery(
  'exportOperationPlaces',
  `${SELECTED_CLAIMS}
   MATCH (c)-[:IN_OPERATION]->(o:Operation)-[r:AT]->(l:Location)
   WITH o.id AS operation, l.id AS location, min(r.role) AS role
   RETURN operation, location, role ORDER BY operation, location`,
  z.object({ operation: z.string(), location: z.string(), role: z.string() }),
);

/** Per evidence: the selected claims it supports, its article and the sources it cites. */
export const EXPORT_EVIDENCE_EDGES = namedQuery(
  'exportEvidenceEdges',
  `${SELECTED_CLAIMS}
   MATCH (c)<-[:SUPPORTS]-(e:Evidence)
   WITH e, collect(c.id) AS claims
   RETURN e.id AS evidence, claims, [(e)-[:FROM_ARTICLE]->(a:Article) | a.id] AS articles,
          [(e)-[:CITES]->(s:Source) | s.id] AS sources
   ORDER BY evidence`,
  z.object({
    evidence: z.string(),
    claims: z.array(z.string()),
    articles: z.array(z.string()),
    sources: z.array(z.string()),
  }),
);

/** Hierarchy ties among entities already in the export (a parent outside the export is not added). */
export const EXPORT_STRUCTURE = namedQuery(
  'exportStructure',
  `CALL () {
     MATCH (a:Actor)-[r:${ACTOR_TIES}]->(b:Actor) WHERE a.id IN $actors AND b.id IN $actors
     RETURN 'Actor' AS fromLabel, a.id AS from, type(r) AS type, 'Actor' AS toLabel, b.id AS to, r.since AS since, r.until AS until
     UNION ALL
     MATCH (a:Location)-[r:PART_OF]->(b:Location) WHERE a.id IN $locations AND b.id IN $locations
     RETURN 'Location' AS fromLabel, a.id AS from, type(r) AS type, 'Location' AS toLabel, b.id AS to, null AS since, null AS until
     UNION ALL
     MATCH (a:Operation)-[r:PART_OF]->(b:Operation) WHERE a.id IN $operations AND b.id IN $operations
     RETURN 'Operation' AS fromLabel, a.id AS from, type(r) AS type, 'Operation' AS toLabel, b.id AS to, null AS since, null AS until
     UNION ALL
     MATCH (s:Source)-[r:IS_ACTOR]->(b:Actor) WHERE s.id IN $sources AND b.id IN $actors
     RETURN 'Source' AS fromLabel, s.id AS from, type(r) AS type, 'Actor' AS toLabel, b.id AS to, null AS since, null AS until
   }
   RETURN fromLabel, from, type, toLabel, to, since, until ORDER BY type, from, to`,
  z.object({
    fromLabel: z.enum(['Actor', 'Location', 'Operation', 'Source']),
    from: z.string(),
    type: z.string(),
    toLabel: entityLabel,
    to: z.string(),
    since: z.string().nullable(),
    until: z.string().nullable(),
  }),
);
