import { idArgument, parseArg } from '../../arguments.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const alliance: NonNullable<QueryResolvers['alliance']> = async (_parent, args, { loaders }) => {
  const found = await loaders.actor.load(parseArg(idArgument, args.id, 'id'));
  return found?.kind === 'ALLIANCE' ? found : null;
};
