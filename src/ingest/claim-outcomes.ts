import type { CompiledArticle } from './load-rows.ts';

/**
 * Per article and claim it states: `created` counts claims new to the graph (once, however many articles of the
 * batch state it); `merged` counts statements that joined a claim another article already states (in the graph,
 * or an earlier article of the batch); `restated` counts claims an edited article states again; `dropped` counts
 * claims removed because no article supports them any more.
 */
export interface ClaimOutcomes {
  created: number;
  merged: number;
  restated: number;
  dropped: number;
}

export const emptyClaimOutcomes = (): ClaimOutcomes => ({ created: 0, merged: 0, restated: 0, dropped: 0 });

export function claimOutcomes(
  changed: CompiledArticle[],
  before: Map<string, boolean>,
  dropped: number,
): ClaimOutcomes {
  const outcomes = { ...emptyClaimOutcomes(), dropped };
  const seen = new Set<string>();
  for (const a of changed) {
    for (const c of a.claims) {
      if (seen.has(c.id) || before.get(c.id) === true) outcomes.merged++;
      else if (before.has(c.id)) outcomes.restated++;
      else outcomes.created++;
      seen.add(c.id);
    }
  }
  return outcomes;
}
