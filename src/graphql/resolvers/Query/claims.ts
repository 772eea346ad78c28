import type { GraphQLResolveInfo } from 'graphql';
import { type ClaimSelection, compileClaimSelection } from '../../../graph/claim-selection.ts';
import { claimCriteria, pageArguments } from '../../arguments.ts';
import { connection } from '../../connection.ts';
import type { GraphQLContext } from '../../context.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { rollUpHint } from '../../roll-up-hint.ts';
import { selectedClaimParts, selectedNestedKeys } from '../../selected-claim-parts.ts';

export async function claimConnection(
  repos: GraphQLContext['repos'],
  criteria: ClaimSelection,
  args: { first?: number | null; after?: string | null },
  info: GraphQLResolveInfo,
) {
  const { first, after } = pageArguments(args);
  const prepared = compileClaimSelection(criteria);
  const node = ['edges', 'node'];
  const rows = await repos.claims.list(
    prepared,
    first,
    after,
    selectedClaimParts(info, node),
    selectedNestedKeys(info, node),
  );
  // An empty first page may be a typo in an id: that is NOT_FOUND, not "no claims".
  if (rows.length === 0 && !after) await repos.claims.checkIds(criteria);
  const page = connection(
    rows,
    first,
    (c) => ({ key: c.sortKey, id: c.id }),
    () => repos.claims.count(prepared),
  );
  return { ...page, hint: () => rollUpHint(repos, criteria, rows.length === 0 && !after) };
}

export const claims: NonNullable<QueryResolvers['claims']> = (_parent, args, { repos }, info) =>
  claimConnection(repos, claimCriteria(args.filter, 'filter'), args, info);
