import { type ClaimSelection, compileClaimSelection } from '../graph/claim-selection.ts';
import type { GraphQLContext } from './context.ts';

/**
 * When a question about an actor finds nothing as asked, whether roll-up would find something (no claim names
 * Mali itself, its army's do): one more count, only when the page is empty and the hint is selected.
 */
export async function rollUpHint(repos: GraphQLContext['repos'], criteria: ClaimSelection, empty: boolean) {
  const named = criteria.subject ?? criteria.object ?? criteria.actor;
  if (!empty || criteria.rollUp || !named) return null;
  const found = await repos.claims.count(compileClaimSelection({ ...criteria, rollUp: true }));
  if (found === 0) return null;
  return `No claim names "${named}" itself; ${found} claim${found === 1 ? '' : 's'} name its parts or affiliates: ask again with rollUp: true.`;
}
