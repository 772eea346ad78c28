import { claimCriteria } from '../../arguments.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { claimConnection } from './claims.ts';

export const supports: NonNullable<QueryResolvers['supports']> = (_parent, args, { repos }) => {
  const f = args.filter;
  const criteria = claimCriteria(
    f && {
      subject: f.supporter,
      object: f.recipient,
      operation: f.operation,
      supportTypes: f.supportTypes,
      minCertainty: f.minCertainty,
      certainties: f.certainties,
      from: f.from,
      to: f.to,
      location: f.location,
      rollUp: f.rollUp,
    },
    'filter',
  );
  return claimConnection(repos, { ...criteria, kinds: ['SUPPORT'] }, args);
};
