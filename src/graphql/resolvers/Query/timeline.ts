import { claimCriteria } from '../../arguments.ts';
import { badUserInput } from '../../errors.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { claimConnection } from './claims.ts';

export const timeline: NonNullable<QueryResolvers['timeline']> = (_parent, args, { repos }, info) => {
  const given = (['actor', 'operation', 'location'] as const).filter((k) => args[k]);
  if (given.length !== 1) throw badUserInput(given[1] ?? 'actor', 'give exactly one of actor, operation or location');
  return claimConnection(
    repos,
    claimCriteria(
      {
        actor: args.actor,
        operation: args.operation,
        location: args.location,
        polarity: args.polarity,
        rollUp: args.rollUp,
      },
      'timeline',
    ),
    args,
    info,
  );
};
