import { ValidationError } from '../errors.ts';
import { checkSelectionIds } from '../graph/claim-selection-ids.ts';
import { partialDateOf } from '../model/partial-date.ts';
import type { Database } from '../neo4j/database.ts';
import { claimSelectionOf, type Selection } from './selection.ts';

// A selection that names something unknown, or a period that ends before it starts, would export nothing and
// look like an answer: it is refused instead, before anything is written.

function checkPeriod(selection: Selection): void {
  if (!selection.from || !selection.to) return;
  const from = partialDateOf(selection.from);
  const to = partialDateOf(selection.to);
  if (from && to && from.start > to.end) {
    throw new ValidationError('selection', [
      { path: 'from', message: `${selection.from} is after to (${selection.to}): the period is empty` },
    ]);
  }
}

/** Throws ValidationError for an empty period and NotFoundError for the first kind of id the graph lacks. */
export async function checkSelection(db: Database, selection: Selection): Promise<void> {
  checkPeriod(selection);
  // The actors as given: the ones `depth` reaches are in the graph by construction.
  await checkSelectionIds(db, claimSelectionOf(selection, selection.actors ?? null));
}
