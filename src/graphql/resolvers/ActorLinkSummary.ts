import { CERTAINTIES } from '../../model/vocabulary.ts';
import { actorEnd } from '../actor-end.ts';
import type { ActorLinkSummaryResolvers } from '../generated/resolvers-types.ts';

/** A detail the walk read only because the request selects it (WalkFilter.details): never missing when asked. */
function read<T>(value: T | null, field: string): T {
  // a bug, masked for the client like any unexpected error
  if (value === null) throw new Error(`link ${field} was not read`);
  return value;
}

export const ActorLinkSummary: ActorLinkSummaryResolvers = {
  source: (l, _args, { loaders }, info) => actorEnd(l.source, loaders, info),
  target: (l, _args, { loaders }, info) => actorEnd(l.target, loaders, info),
  drafts: (l) => read(l.drafts, 'drafts'),
  evidences: (l) => read(l.evidences, 'evidences'),
  certainties: (l) => {
    const counts = read(l.certainties, 'certainties');
    return CERTAINTIES.map((certainty, rank) => ({ certainty, claims: counts[rank] ?? 0 })).filter((c) => c.claims > 0);
  },
};
