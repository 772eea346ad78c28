import type { GraphQLResolveInfo } from 'graphql';
import type { ClaimCriteria } from '../../../graph/claim-repository.ts';
import { claimCriteria, pageArguments } from '../../arguments.ts';
import { selectedClaimParts } from '../../claim-selection.ts';
import { connection } from '../../connection.ts';
import type { GraphQLContext } from '../../context.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { rollUpHint } from '../../roll-up-hint.ts';

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

export const claims: NonNullable<QueryResolvers['claims']> = (_parent, args, { repos }, info) =>
  claimConnection(repos, claimCriteria(args.filter, 'filter'), args, info);
