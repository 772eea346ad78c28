import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import type { ClaimSelection } from './claim-selection.ts';

// A selection that names something the graph does not hold selects nothing, which would look like an answer
// ("no support") to a typo. The API asks only when a selection came back empty, so a found answer costs no
// extra round trip; exports ask before writing anything.

const MISSING_IDS = namedQuery(
  'claimSelectionMissingIds',
  `RETURN [id IN $operations WHERE NOT EXISTS { MATCH (:Operation {id: id}) }] AS operation,
          [id IN $actors WHERE NOT EXISTS { MATCH (:Actor {id: id}) }] AS actor,
          [id IN $alliances WHERE NOT EXISTS { MATCH (:Actor {id: id, kind: 'ALLIANCE'}) }] AS alliance,
          [id IN $locations WHERE NOT EXISTS { MATCH (:Location {id: id}) }] AS location,
          [id IN $sources WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS source`,
  z.object({
    operation: z.array(z.string()),
    actor: z.array(z.string()),
    alliance: z.array(z.string()),
    location: z.array(z.string()),
    source: z.array(z.string()),
  }),
);

const one = (id: string | undefined) => (id === undefined ? [] : [id]);

/** Throws NotFoundError for the first kind of id the selection names and the graph lacks. */
export async function checkSelectionIds(db: Database, s: ClaimSelection): Promise<void> {
  const actors = [...one(s.subject), ...one(s.object), ...one(s.actor), ...(s.actorsAmong ?? [])];
  const named = {
    operations: [...(s.operations ?? [])],
    actors,
    alliances: one(s.alliance),
    locations: one(s.location),
    sources: one(s.source),
  };
  if (Object.values(named).every((ids) => ids.length === 0)) return;
  const [missing] = await db.read(MISSING_IDS, named);
  if (!missing) return;
  const fields: Record<string, string | undefined> = {
    operation: 'operations',
    alliance: 'alliance',
    location: 'location',
    source: 'source',
  };
  for (const what of ['operation', 'actor', 'alliance', 'location', 'source'] as const) {
    const ids = missing[what];
    if (ids.length === 0) continue;
    const actorField = (['subject', 'object', 'actor'] as const).find((f) => s[f] !== undefined && ids.includes(s[f]));
    throw new NotFoundError(what, ids, what === 'actor' ? (actorField ?? 'actorsAmong') : fields[what]);
  }
}
