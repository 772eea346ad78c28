import type { ClaimSelection } from '../../../graph/claim-selection.ts';
import { claimCriteria } from '../../arguments.ts';
import { badUserInput } from '../../errors.ts';
import type { QueryResolvers, SupportFilter } from '../../generated/resolvers-types.ts';
import { claimConnection } from './claims.ts';

export function supportCriteria(f: SupportFilter | null | undefined): ClaimSelection {
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
      disputed: f.disputed,
      source: f.source,
      publisher: f.publisher,
      drafts: f.drafts,
    },
    'filter',
  );
  // Assertions only unless the caller asks for denials: a denial is never counted as support by default.
  if (f?.polarities?.length === 0)
    throw badUserInput('filter.polarities', 'must not be empty (leave it out for ASSERTED)');
  const polarities = f?.polarities?.length ? [...f.polarities] : ['ASSERTED'];
  return { ...criteria, kinds: ['SUPPORT'], polarities };
}

export const supports: NonNullable<QueryResolvers['supports']> = (_parent, args, { repos }, info) =>
  claimConnection(repos, supportCriteria(args.filter), args, info);
