import { CERTAINTIES } from '../../model/vocabulary.ts';
import type { ActorLinkSummaryResolvers } from '../generated/resolvers-types.ts';

export const ActorLinkSummary: ActorLinkSummaryResolvers = {
  source: async (l, _args, { loaders }) => (await loaders.actor.load(l.source))!,
  target: async (l, _args, { loaders }) => (await loaders.actor.load(l.target))!,
  certainties: (l) =>
    CERTAINTIES.map((certainty, rank) => ({ certainty, claims: l.certainties[rank] ?? 0 })).filter((c) => c.claims > 0),
};
