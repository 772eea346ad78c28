import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { supportCriteria } from './supports.ts';

/** Statistics over the whole graph (no operation, actor or place to narrow them) take a turn at the heavy-work gate. */
export const supportStats: NonNullable<QueryResolvers['supportStats']> = async (_parent, args, { repos, heavy }) => {
  const f = args.filter;
  const criteria = supportCriteria(f);
  const count = async () => repos.claims.stats(await repos.claims.prepare(criteria), args.groupBy, criteria.rollUp);
  const narrowed = Boolean(f?.operation || f?.supporter || f?.recipient || f?.location);
  return narrowed ? count() : heavy.run('supportStats', count);
};
