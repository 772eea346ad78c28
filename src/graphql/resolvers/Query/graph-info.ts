import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const graphInfo: NonNullable<QueryResolvers['graphInfo']> = (_parent, _args, { repos }) =>
  repos.info.graphInfo();
