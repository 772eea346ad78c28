import { z } from 'zod';
import { namedQuery } from '../neo4j/database.ts';
import { entityRow, overSelected } from './subgraph-queries.ts';

// What a selection needs around its claims to be read on its own: the parents its actors, places and operations
// roll up to (Kidal → Kidal region → Mali; a unit → its state → its alliances), and the links between its claims
// (alternatives, contradictions). Same conventions as subgraph-queries.ts: each row once, sorted.

/** Ancestors of the exported entities that the export does not hold yet. */
export const EXPORT_CONTEXT = namedQuery(
  'exportContext',
  `CALL () {
     MATCH (a:Actor)-[:PART_OF|MEMBER_OF*1..6]->(n:Actor) WHERE a.id IN $actors RETURN n
     UNION
     MATCH (a:Location)-[:PART_OF*1..8]->(n:Location) WHERE a.id IN $locations RETURN n
     UNION
     MATCH (a:Operation)-[:PART_OF*1..4]->(n:Operation) WHERE a.id IN $operations RETURN n
   }
   WITH n WHERE NOT n.id IN (CASE WHEN n:Actor THEN $actors WHEN n:Location THEN $locations ELSE $operations END)
   RETURN CASE WHEN n:Actor THEN 'Actor' WHEN n:Operation THEN 'Operation' ELSE 'Location' END AS label,
          n {.*, lat: n.point.latitude, lon: n.point.longitude} AS props, n:Alliance AS alliance
   ORDER BY label, props.id`,
  entityRow,
);

/**
 * ALTERNATIVE_TO between claims reported as alternatives, CONTRADICTS between a claim and its denial: each pair
 * once (from the lower id), both ends selected.
 */
export const EXPORT_CLAIM_LINKS = overSelected(
  'exportClaimLinks',
  (selected) => `CALL (c) {
     MATCH (c)<-[:SUPPORTS]-(e:Evidence) WHERE e.alternativeKey IS NOT NULL
     MATCH (:Evidence {alternativeKey: e.alternativeKey})-[:SUPPORTS]->(other:Claim) WHERE other.id > c.id
     RETURN DISTINCT 'ALTERNATIVE_TO' AS type, other
     UNION
     MATCH (other:Claim {factKey: c.factKey}) WHERE other.polarity <> c.polarity AND other.id > c.id
     RETURN 'CONTRADICTS' AS type, other
   }
   WITH c, type, other WHERE ${selected.conditionOn('other')}
   RETURN c.id AS from, type, other.id AS to ORDER BY type, from, to`,
  z.object({ from: z.string(), type: z.enum(['ALTERNATIVE_TO', 'CONTRADICTS']), to: z.string() }),
);

/** The whole graph's articles and sources, whether or not a claim cites them. */
export const EXPORT_ALL_ARTICLES = namedQuery(
  'exportAllArticles',
  'MATCH (a:Article) RETURN a {.id, .title, .url, .publisher, .language, .publishedAt, .authorship} AS props ORDER BY props.id',
  z.object({ props: z.record(z.string(), z.unknown()) }),
);
export const EXPORT_ALL_SOURCES = namedQuery(
  'exportAllSources',
  'MATCH (s:Source) RETURN properties(s) AS props ORDER BY props.id',
  z.object({ props: z.record(z.string(), z.unknown()) }),
);
