import { z } from 'zod';
import { ALTERNATIVE_GROUP, ALTERNATIVE_IDS, CONTRADICTING_IDS } from './claim-context.ts';
import { overSelected } from './subgraph-queries.ts';

// The actor network: the same selected claims (graph/claim-selection.ts), projected onto the actors they link. One edge
// per claim that has both a subject and an object actor, from subject to object (supporter → recipient, attacker
// → target, speaker → addressee, member → alliance); or, weighted, one edge per subject, object, kind and
// polarity (an assertion and its denial never add up). Rows come sorted, so the same graph gives the same file.

const props = z.record(z.string(), z.unknown());

/** Every actor at either end of a selected claim, with its parents in the hierarchy (nearest first). */
export const ACTOR_NETWORK_NODES = overSelected(
  'actorNetworkNodes',
  `MATCH (c)-[:SUBJECT|OBJECT]->(a:Actor)
   WITH DISTINCT a
   RETURN a {.id, .name, .kind, .country, .wikidata, .description, .aliasNames,
             partOf: COLLECT { MATCH p = (a)-[:PART_OF*1..6]->(x:Actor) RETURN x.id AS id ORDER BY length(p), id },
             memberOf: COLLECT { MATCH (a)-[:MEMBER_OF]->(x:Actor) RETURN DISTINCT x.id AS id ORDER BY id },
             affiliatedWith: COLLECT { MATCH (a)-[:AFFILIATED_WITH]->(x:Actor) RETURN DISTINCT x.id AS id ORDER BY id }
           } AS props,
          a:Alliance AS alliance
   ORDER BY props.id`,
  z.object({ props, alliance: z.boolean() }),
);

const CLAIM_FIELDS = `.id, .kind, .supportType, .statementType, .polarity, .certainty, .date, .materiel,
                      .officiallyAcknowledged, .draft, .evidenceCount, .articleCount, .publisherCount`;

const claimRow = z.object({
  claim: props,
  start: z.string().nullable(),
  end: z.string().nullable(),
  source: z.string(),
  sourceName: z.string(),
  target: z.string(),
  targetName: z.string(),
  operation: z.string().nullable(),
  operationName: z.string().nullable(),
  contradictedBy: z.array(z.string()),
  alternativeGroup: z.string().nullable(),
  alternativeTo: z.array(z.string()),
});
export type ActorClaimRow = z.infer<typeof claimRow>;

export const ACTOR_NETWORK_EDGES = overSelected(
  'actorNetworkEdges',
  `MATCH (c)-[:SUBJECT]->(s:Actor)
   MATCH (c)-[:OBJECT]->(t:Actor)
   OPTIONAL MATCH (c)-[:IN_OPERATION]->(o:Operation)
   RETURN c {${CLAIM_FIELDS}} AS claim, toString(c.sortDate) AS start, toString(c.sortDateEnd) AS end,
          s.id AS source, s.name AS sourceName, t.id AS target, t.name AS targetName,
          o.id AS operation, o.name AS operationName,
          ${CONTRADICTING_IDS} AS contradictedBy,
          ${ALTERNATIVE_GROUP} AS alternativeGroup,
          ${ALTERNATIVE_IDS} AS alternativeTo
   ORDER BY source, target, claim.id`,
  claimRow,
);

const weightedRow = z.object({
  source: z.string(),
  sourceName: z.string(),
  target: z.string(),
  targetName: z.string(),
  kind: z.string(),
  polarity: z.string(),
  claims: z.array(
    z.object({
      id: z.string(),
      supportType: z.string().nullable(),
      materiel: z.array(z.string()).nullable(),
      certaintyRank: z.number(),
      evidenceCount: z.number().nullable(),
      draft: z.boolean().nullable(),
      start: z.string().nullable(),
      end: z.string().nullable(),
      disputed: z.boolean(),
    }),
  ),
  articleCount: z.number(),
});
export type ActorWeightedRow = z.infer<typeof weightedRow>;

/** Parallel claims merged: one row per subject, object, kind and polarity, its claims listed in id order. */
export const ACTOR_NETWORK_WEIGHTED_EDGES = overSelected(
  'actorNetworkWeightedEdges',
  `MATCH (c)-[:SUBJECT]->(s:Actor)
   MATCH (c)-[:OBJECT]->(t:Actor)
   WITH s, t, c ORDER BY c.id
   WITH s, t, c.kind AS kind, c.polarity AS polarity, collect(c) AS claims
   RETURN s.id AS source, s.name AS sourceName, t.id AS target, t.name AS targetName, kind, polarity,
          [c IN claims | c {.id, .supportType, .materiel, .certaintyRank, .evidenceCount, .draft,
                            start: toString(c.sortDate), end: toString(c.sortDateEnd),
                            disputed: EXISTS { MATCH (x:Claim {factKey: c.factKey}) WHERE x.polarity <> c.polarity }}] AS claims,
          size(COLLECT { MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a:Article) WHERE c IN claims
                         RETURN DISTINCT a }) AS articleCount
   ORDER BY source, target, kind, polarity`,
  weightedRow,
);
