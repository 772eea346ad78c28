import { idArgument, parseArg } from '../../arguments.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const actor: NonNullable<QueryResolvers['actor']> = (_parent, args, { loaders }) =>
  loaders.actor.load(parseArg(idArgument, args.id, 'id'));
