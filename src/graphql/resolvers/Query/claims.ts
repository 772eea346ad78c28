import type { GraphQLResolveInfo } from 'graphql';
import type { ClaimCriteria } from '../../../graph/claim-repository.ts';
import { claimCriteria, pageArguments } from '../../arguments.ts';
import { selectedClaimParts } from '../../claim-selection.ts';
import { connection } from '../../connection.ts';
import type { GraphQLContext } from '../../context.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export async function claimConnection(
  repos: GraphQLContext['repos'],
  criteria: ClaimCriteria,
  args: { first?: number | null; after?: string | null },
  info: GraphQLResolveInfo,
) {
  const { first, after } = pageArguments(args);
  const prepared = await repos.claims.prepare(criteria);
  const rows = await repos.claims.list(prepared, first, after, selectedClaimParts(info, ['edges', 'node']));
  const page = connection(
    rows,
    first,
    (c) => ({ key: c.sortKey, id: c.id }),
    () => repos.claims.count(prepared),
  );
  return { ...page, hint: () => rollUpHint(repos, criteria, rows.length === 0 && !after) };
}

/**
 * When a question about an actor finds nothing as asked, whether roll-up would find something (no claim names
 * Mali itself, its army's do): one more count, only when the page is empty and the hint is selected.
 */
async function rollUpHint(repos: GraphQLContext['repos'], criteria: ClaimCriteria, empty: boolean) {
  const named = criteria.subject ?? criteria.object ?? criteria.actor;
  if (!empty || criteria.rollUp || !named) return null;
  const found = await repos.claims.count(await repos.claims.prepare({ ...criteria, rollUp: true }));
  if (found === 0) return null;
  return `No claim names "${named}" itself; ${found} claim${found === 1 ? '' : 's'} name its parts or affiliates: ask again with rollUp: true.`;
}

export const claims: NonNullable<QueryResolvers['claims']> = (_parent, args, { repos }, info) =>
  claimConnection(repos, claimCriteria(args.filter, 'filter'), args, info);
