import { compileClaimSelection } from '../../../graph/claim-selection.ts';
import { badUserInput } from '../../errors.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { rollUpHint } from '../../roll-up-hint.ts';
import { selectedFields } from '../../selected-claim-parts.ts';
import { supportCriteria } from './supports.ts';

/** Statistics over the whole graph (no operation, actor or place to narrow them) take a turn at the heavy-work gate. */
export const supportStats: NonNullable<QueryResolvers['supportStats']> = async (_parent, args, context, info) => {
  const { repos, heavy } = context;
  const f = args.filter;
  const criteria = supportCriteria(f);
  // A group's count of assertions and denials together would read as that many supports.
  if ((criteria.polarities?.length ?? 0) > 1)
    throw badUserInput('filter.polarities', 'supportStats counts one polarity at a time: ask ASSERTED or DENIED');
  const fields = selectedFields(info);
  const count = async () => repos.claims.stats(compileClaimSelection(criteria), args.groupBy, criteria.rollUp, fields);
  const narrowed = Boolean(f?.operation || f?.supporter || f?.recipient || f?.location);
  const groups = await (narrowed ? count() : heavy.run('supportStats', count));
  if (groups.length === 0) await repos.claims.checkIds(criteria);
  // A list has no field to carry it: the roll-up hint goes to the response's extensions.hints.
  const hint = await rollUpHint(repos, criteria, groups.length === 0);
  if (hint) context.hints.push(`supportStats: ${hint}`);
  return groups;
};
