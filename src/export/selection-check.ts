import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { ValidationError } from '../ingest/plan.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import type { Selection } from './selection.ts';

// A selection that names something unknown, or a period that ends before it starts, would export nothing and
// look like an answer: it is refused instead, before anything is written.

const MISSING_IDS = namedQuery(
  'exportMissingIds',
  `RETURN [id IN $operations WHERE NOT EXISTS { MATCH (:Operation {id: id}) }] AS operations,
          [id IN $actors WHERE NOT EXISTS { MATCH (:Actor {id: id}) }] AS actors,
          [id IN $alliances WHERE NOT EXISTS { MATCH (:Actor {id: id, kind: 'ALLIANCE'}) }] AS alliances,
          [id IN $locations WHERE NOT EXISTS { MATCH (:Location {id: id}) }] AS locations`,
  z.object({
    operations: z.array(z.string()),
    actors: z.array(z.string()),
    alliances: z.array(z.string()),
    locations: z.array(z.string()),
  }),
);

function checkPeriod(selection: Selection): void {
  if (!selection.from || !selection.to) return;
  const from = parsePartialDate(selection.from);
  const to = parsePartialDate(selection.to);
  if (typeof from !== 'string' && typeof to !== 'string' && from.start > to.end) {
    throw new ValidationError('selection', [
      { path: 'from', message: `${selection.from} is after to (${selection.to}): the period is empty` },
    ]);
  }
}

/** Throws ValidationError for an empty period and NotFoundError for the first kind of id the graph lacks. */
export async function checkSelection(db: Database, selection: Selection): Promise<void> {
  checkPeriod(selection);
  const [missing] = await db.read(MISSING_IDS, {
    operations: selection.operations ?? [],
    actors: selection.actors ?? [],
    alliances: selection.alliance ? [selection.alliance] : [],
    locations: selection.location ? [selection.location] : [],
  });
  if (!missing) return;
  for (const [what, ids] of [
    ['operation', missing.operations],
    ['actor', missing.actors],
    ['alliance', missing.alliances],
    ['location', missing.locations],
  ] as const) {
    if (ids.length > 0) throw new NotFoundError(what, ids);
  }
}
