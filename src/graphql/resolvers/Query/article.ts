import { idArgument, parseArg } from '../../arguments.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const article: NonNullable<QueryResolvers['article']> = (_parent, args, { loaders }) =>
  loaders.article.load(parseArg(idArgument, args.id, 'id'));
