import { idArgument, parseArg } from '../../arguments.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const location: NonNullable<QueryResolvers['location']> = (_parent, args, { loaders }) =>
  loaders.location.load(parseArg(idArgument, args.id, 'id'));
