import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { supportCriteria } from './supports.ts';

export const supportStats: NonNullable<QueryResolvers['supportStats']> = async (_parent, args, { repos }) => {
  const criteria = supportCriteria(args.filter);
  return repos.claims.stats(await repos.claims.prepare(criteria), args.groupBy, criteria.rollUp);
};
