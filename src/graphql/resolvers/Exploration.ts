import type { ClaimView } from '../../model/views.ts';
import { CERTAINTIES } from '../../model/vocabulary.ts';
import type {
  ActorLinkResolvers,
  ActorLinkSummaryResolvers,
  ActorPathResolvers,
  NeighborhoodResolvers,
} from '../generated/resolvers-types.ts';
import { loadAll } from '../load-all.ts';

export const Neighborhood: NeighborhoodResolvers = {
  nodes: async (n, _args, { loaders }) => loadAll(loaders.actor, n.nodeIds),
};

export const ActorPath: ActorPathResolvers = {
  length: (p) => p.links.length,
  actors: async (p, _args, { loaders }) => loadAll(loaders.actor, p.actorIds),
};

export const ActorLink: ActorLinkResolvers = {
  source: async (l, _args, { loaders }) => (await loaders.actor.load(l.source))!,
  target: async (l, _args, { loaders }) => (await loaders.actor.load(l.target))!,
  claim: (l, _args, { loaders }) => (l.claimId ? (loaders.claim.load(l.claimId) as Promise<ClaimView | null>) : null),
};

export const ActorLinkSummary: ActorLinkSummaryResolvers = {
  source: async (l, _args, { loaders }) => (await loaders.actor.load(l.source))!,
  target: async (l, _args, { loaders }) => (await loaders.actor.load(l.target))!,
  certainties: (l) =>
    CERTAINTIES.map((certainty, rank) => ({ certainty, claims: l.certainties[rank] ?? 0 })).filter((c) => c.claims > 0),
};
