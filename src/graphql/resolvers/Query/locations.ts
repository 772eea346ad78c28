import { MAX_PAGE_SIZE } from '../../../graph/pagination.ts';
import { parseArg, searchArgument } from '../../arguments.ts';
import { badUserInput } from '../../errors.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const locations: NonNullable<QueryResolvers['locations']> = (_parent, args, { repos }) => {
  const first = args.first ?? 20;
  if (first < 1 || first > MAX_PAGE_SIZE) throw badUserInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  const search = args.search ? parseArg(searchArgument, args.search, 'search') : undefined;
  return repos.locations.find(search, args.kind ?? undefined, first);
};
