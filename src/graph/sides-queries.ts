import { z } from 'zod';

/**
 * Asserted COMBAT claims already standing in $operations, backed by articles other than $articles (the ones being
 * loaded, about to be replaced): what places actors on an operation's sides (see ingest/sides.ts). Binds opId, c,
 * its actors s and x, and articles (the other articles backing c, by id) to each, in claim id order; the loader
 * sends it with its operations (batch-check-queries.ts).
 */
export const STANDING_COMBAT_BODY = `UNWIND $operations AS opId
   MATCH (:Operation {id: opId})<-[:IN_OPERATION]-(c:Claim {kind: 'COMBAT', polarity: 'ASSERTED'})
   WITH opId, c, COLLECT { MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a:Article)
                            WHERE NOT a.id IN $articles RETURN DISTINCT a.id ORDER BY a.id } AS articles
   WHERE size(articles) > 0
   MATCH (c)-[:SUBJECT]->(s:Actor), (c)-[:OBJECT]->(x:Actor)
   WITH opId, c, s, x, articles ORDER BY c.id`;

export const standingCombat = z.object({
  operation: z.string(),
  id: z.string(),
  subject: z.string(),
  object: z.string(),
  article: z.string(),
});
