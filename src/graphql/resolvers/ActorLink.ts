import type { ClaimView } from '../../model/views.ts';
import type { ActorLinkResolvers } from '../generated/resolvers-types.ts';

export const ActorLink: ActorLinkResolvers = {
  source: async (l, _args, { loaders }) => (await loaders.actor.load(l.source))!,
  target: async (l, _args, { loaders }) => (await loaders.actor.load(l.target))!,
  claim: (l, _args, { loaders }) => (l.claimId ? (loaders.claim.load(l.claimId) as Promise<ClaimView | null>) : null),
};
