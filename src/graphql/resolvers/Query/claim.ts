import { idArgument, parseArg } from '../../arguments.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const claim: NonNullable<QueryResolvers['claim']> = (_parent, args, { loaders }) =>
  loaders.claim.load(parseArg(idArgument, args.id, 'id'));
