import { z } from 'zod';
import { namedQuery } from '../neo4j/database.ts';
import { pinnedPlan } from './pinned-plan.ts';

/**
 * Asserted COMBAT claims already standing in these operations, backed by articles other than the ones being
 * loaded (those are about to be replaced): what places actors on an operation's sides (see ingest/sides.ts).
 */
export const STANDING_COMBAT = namedQuery(
  'standingCombat',
  pinnedPlan(
    `UNWIND $operations AS opId
   MATCH (:Operation {id: opId})<-[:IN_OPERATION]-(c:Claim {kind: 'COMBAT', polarity: 'ASSERTED'})
   WITH opId, c, COLLECT { MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a:Article)
                            WHERE NOT a.id IN $articles RETURN DISTINCT a.id ORDER BY a.id } AS articles
   WHERE size(articles) > 0
   MATCH (c)-[:SUBJECT]->(s:Actor), (c)-[:OBJECT]->(x:Actor)
   RETURN opId AS operation, c.id AS id, s.id AS subject, x.id AS object, articles[0] AS article
   ORDER BY c.id`,
  ),
  z.object({ operation: z.string(), id: z.string(), subject: z.string(), object: z.string(), article: z.string() }),
);
