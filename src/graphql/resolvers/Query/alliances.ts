import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const alliances: NonNullable<QueryResolvers['alliances']> = (_parent, _args, { repos }) =>
  repos.actors.alliances();
