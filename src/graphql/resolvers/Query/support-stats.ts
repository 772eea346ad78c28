import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { supportCriteria } from './supports.ts';

export const supportStats: NonNullable<QueryResolvers['supportStats']> = async (_parent, args, { repos }) =>
  repos.claims.stats(await repos.claims.prepare(supportCriteria(args.filter)), args.groupBy);
