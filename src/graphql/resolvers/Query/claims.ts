import type { ClaimCriteria } from '../../../graph/claim-repository.ts';
import { claimCriteria, pageArguments } from '../../arguments.ts';
import { connection } from '../../connection.ts';
import type { GraphQLContext } from '../../context.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export async function claimConnection(
  repos: GraphQLContext['repos'],
  criteria: ClaimCriteria,
  args: { first?: number | null; after?: string | null },
) {
  const { first, after } = pageArguments(args);
  const prepared = await repos.claims.prepare(criteria);
  const rows = await repos.claims.list(prepared, first, after);
  return connection(
    rows,
    first,
    (c) => ({ key: c.sortKey, id: c.id }),
    () => repos.claims.count(prepared),
  );
}

export const claims: NonNullable<QueryResolvers['claims']> = (_parent, args, { repos }) =>
  claimConnection(repos, claimCriteria(args.filter, 'filter'), args);
