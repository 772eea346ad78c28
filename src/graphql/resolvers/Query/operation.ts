import { idArgument, parseArg } from '../../arguments.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const operation: NonNullable<QueryResolvers['operation']> = (_parent, args, { loaders }) =>
  loaders.operation.load(parseArg(idArgument, args.id, 'id'));
