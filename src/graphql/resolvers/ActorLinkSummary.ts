import { CERTAINTIES } from '../../model/vocabulary.ts';
import { actorEnd } from '../actor-end.ts';
import type { ActorLinkSummaryResolvers } from '../generated/resolvers-types.ts';

export const ActorLinkSummary: ActorLinkSummaryResolvers = {
  source: (l, _args, { loaders }, info) => actorEnd(l.source, loaders, info),
  target: (l, _args, { loaders }, info) => actorEnd(l.target, loaders, info),
  certainties: (l) =>
    CERTAINTIES.map((certainty, rank) => ({ certainty, claims: l.certainties[rank] ?? 0 })).filter((c) => c.claims > 0),
};
