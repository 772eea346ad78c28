import { z } from 'zod';
import { namedQuery } from '../neo4j/database.ts';
import { MISSING_REFERENCES_BODY, UPSERT_OPERATIONS_BODY } from './ingest-queries.ts';
import { pinnedPlan } from './pinned-plan.ts';
import { STANDING_COMBAT_BODY, standingCombat } from './sides-queries.ts';

/**
 * The loader's first write of a batch of changed articles, and what it checks before their claims, in one round
 * trip: their operations whose definition changed ($rows, see UPSERT_OPERATIONS_BODY), then every id they
 * reference that the graph does not hold ($actor, $location, $operation, $source: the operations just written
 * count), then the COMBAT claims other articles stand for in their operations ($operations, $articles: see
 * STANDING_COMBAT_BODY).
 */
export const OPERATIONS_AND_CHECKS = namedQuery(
  'operationsAndChecks',
  pinnedPlan(
    `CALL () {
     ${UPSERT_OPERATIONS_BODY}
     RETURN collect({id: o.id, created: created}) AS operations
   }
   CALL () {
     ${MISSING_REFERENCES_BODY}
   }
   CALL () {
     ${STANDING_COMBAT_BODY}
     RETURN collect({operation: opId, id: c.id, subject: s.id, object: x.id, article: articles[0]}) AS standing
   }
   RETURN operations, actor, location, operation, source, standing`,
  ),
  z.object({
    operations: z.array(z.object({ id: z.string(), created: z.boolean() })),
    actor: z.array(z.string()),
    location: z.array(z.string()),
    operation: z.array(z.string()),
    source: z.array(z.string()),
    standing: z.array(standingCombat),
  }),
);
