import { z } from 'zod';
import type { CompiledSelection } from '../graph/claim-selection.ts';
import { ACTOR_TIES } from '../model/vocabulary.ts';
import { namedQuery } from '../neo4j/database.ts';
import { ALTERNATIVE_GROUP, CONTRADICTING_IDS, OBJECT_NAME, SUBJECT_NAME } from './claim-context.ts';

// The export's Cypher. Every query starts from the same selection of claims (graph/claim-selection.ts, the one
// the API's claim lists use) and returns one kind of node or edge, each once: Neo4j removes the duplicates
// (DISTINCT, grouping), so the service streams rows to the file without remembering what it has written. Rows come
// sorted by id, so the same graph and selection give the same file.

/** A query over the selected claims: the selection's match binds `c`, then `tail` (or what it makes of it). */
export function overSelected<Schema extends z.ZodType>(
  name: string,
  tail: string | ((selected: CompiledSelection) => string),
  row: Schema,
) {
  return (selected: CompiledSelection) =>
    namedQuery(name, `${selected.match}\n${typeof tail === 'string' ? tail : tail(selected)}`, row);
}

const props = z.record(z.string(), z.unknown());
const entityLabel = z.enum(['Actor', 'Operation', 'Location']);
const labelOf = (variable: string) =>
  `CASE WHEN ${variable}:Actor THEN 'Actor' WHEN ${variable}:Operation THEN 'Operation' ELSE 'Location' END`;
const ENTITY_ROW = `${labelOf('n')} AS label, n {.*, lat: n.point.latitude, lon: n.point.longitude} AS props,
          n:Alliance AS alliance`;
export const entityRow = z.object({ label: entityLabel, props, alliance: z.boolean() });

/** Claims with what their readable label and their dispute and alternative status need (claim-context.ts). */
export const EXPORT_CLAIMS = overSelected(
  'exportClaims',
  `RETURN properties(c) AS props, ${SUBJECT_NAME} AS subject, ${OBJECT_NAME} AS object,
          size(${CONTRADICTING_IDS}) > 0 AS disputed, ${ALTERNATIVE_GROUP} AS alternativeGroup
   ORDER BY c.id`,
  z.object({
    props,
    subject: z.string().nullable(),
    object: z.string().nullable(),
    disputed: z.boolean(),
    alternativeGroup: z.string().nullable(),
  }),
);

/** Actors, operations and locations the claims involve, with the places of their operations. */
export const EXPORT_ENTITIES = overSelected(
  'exportEntities',
  `CALL (c) {
     MATCH (c)-[:SUBJECT|OBJECT|IN_OPERATION|AT]->(n) RETURN n
     UNION
     MATCH (c)-[:IN_OPERATION]->(:Operation)-[:AT]->(n:Location) RETURN n
   }
   WITH DISTINCT n
   RETURN ${ENTITY_ROW}
   ORDER BY label, props.id`,
  entityRow,
);

/** The whole graph: every actor, operation and place, with or without claims. */
export const EXPORT_ALL_ENTITIES = namedQuery(
  'exportAllEntities',
  `MATCH (n) WHERE n:Actor OR n:Operation OR n:Location
   RETURN ${ENTITY_ROW}
   ORDER BY label, props.id`,
  entityRow,
);

/** The distinct nodes that `path` reaches from the selected claims, in id order. */
const distinctNodes = (name: string, path: string, variable: string, projection: string) =>
  overSelected(
    name,
    `MATCH ${path}
     WITH DISTINCT ${variable}
     RETURN ${projection} AS props ORDER BY props.id`,
    z.object({ props }),
  );

/**
 * One quote backing alternative claims ("drone or munitions") is stored once per claim; the export shows it once:
 * evidences of one alternative group at the same place in the text share the first one's id.
 */
const CANONICAL_EVIDENCE = `CASE WHEN e.alternativeKey IS NULL THEN e.id ELSE COLLECT {
       MATCH (y:Evidence {alternativeKey: e.alternativeKey}) WHERE y.charStart = e.charStart AND y.charEnd = e.charEnd
       RETURN y.id AS id ORDER BY id LIMIT 1 }[0] END`;

export const EXPORT_EVIDENCE = overSelected(
  'exportEvidence',
  `MATCH (c)<-[:SUPPORTS]-(e:Evidence)
   WITH DISTINCT ${CANONICAL_EVIDENCE} AS id
   MATCH (k:Evidence {id: id})
   RETURN properties(k) AS props ORDER BY id`,
  z.object({ props }),
);
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
export const EXPORT_CLAIM_EDGES = overSelected(
  'exportClaimEdges',
  `MATCH (c)-[r:SUBJECT|OBJECT|IN_OPERATION|AT]->(n)
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

/** Per evidence: the selected claims it supports, its article and the sources it cites. */
export const EXPORT_EVIDENCE_EDGES = overSelected(
  'exportEvidenceEdges',
  `MATCH (c)<-[:SUPPORTS]-(e:Evidence)
   WITH ${CANONICAL_EVIDENCE} AS evidence, c, e
   WITH evidence, collect(DISTINCT c.id) AS claims, collect(DISTINCT e) AS evidences
   RETURN evidence, claims,
          COLLECT { UNWIND evidences AS x MATCH (x)-[:FROM_ARTICLE]->(a:Article) RETURN DISTINCT a.id AS id ORDER BY id } AS articles,
          COLLECT { UNWIND evidences AS x MATCH (x)-[:CITES]->(s:Source) RETURN DISTINCT s.id AS id ORDER BY id } AS sources
   ORDER BY evidence`,
  z.object({
    evidence: z.string(),
    claims: z.array(z.string()),
    articles: z.array(z.string()),
    sources: z.array(z.string()),
  }),
);

/**
 * Hierarchy ties and the places of operations, among entities in the export (context-queries.ts brings the parents
 * a selection needs along). Alliance memberships carry their period (`start`, `end`) for GEXF's timeline.
 */
export const EXPORT_STRUCTURE = namedQuery(
  'exportStructure',
  `CALL () {
     MATCH (a:Actor)-[r:${ACTOR_TIES}]->(b:Actor) WHERE a.id IN $actors AND b.id IN $actors
     RETURN 'Actor' AS fromLabel, a.id AS from, type(r) AS type, 'Actor' AS toLabel, b.id AS to, r.since AS since,
            r.until AS until, toString(r.sinceStart) AS start, toString(r.untilEnd) AS end, null AS role
     UNION ALL
     MATCH (a:Location)-[r:PART_OF]->(b:Location) WHERE a.id IN $locations AND b.id IN $locations
     RETURN 'Location' AS fromLabel, a.id AS from, type(r) AS type, 'Location' AS toLabel, b.id AS to, null AS since,
            null AS until, null AS start, null AS end, null AS role
     UNION ALL
     MATCH (a:Operation)-[r:PART_OF]->(b:Operation) WHERE a.id IN $operations AND b.id IN $operations
     RETURN 'Operation' AS fromLabel, a.id AS from, type(r) AS type, 'Operation' AS toLabel, b.id AS to, null AS since,
            null AS until, null AS start, null AS end, null AS role
     UNION ALL
     MATCH (a:Operation)-[r:AT]->(b:Location) WHERE a.id IN $operations AND b.id IN $locations
     WITH a, b, min(r.role) AS role
     RETURN 'Operation' AS fromLabel, a.id AS from, 'AT' AS type, 'Location' AS toLabel, b.id AS to, null AS since,
            null AS until, null AS start, null AS end, role
     UNION ALL
     MATCH (s:Source)-[r:IS_ACTOR]->(b:Actor) WHERE s.id IN $sources AND b.id IN $actors
     RETURN 'Source' AS fromLabel, s.id AS from, type(r) AS type, 'Actor' AS toLabel, b.id AS to, null AS since,
            null AS until, null AS start, null AS end, null AS role
   }
   RETURN fromLabel, from, type, toLabel, to, since, until, start, end, role ORDER BY type, fromLabel, from, to`,
  z.object({
    fromLabel: z.enum(['Actor', 'Location', 'Operation', 'Source']),
    from: z.string(),
    type: z.string(),
    toLabel: entityLabel,
    to: z.string(),
    since: z.string().nullable(),
    until: z.string().nullable(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    role: z.string().nullable(),
  }),
);
