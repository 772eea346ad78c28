import type { ClaimView } from '../../model/views.ts';
import { actorEnd } from '../actor-end.ts';
import type { ActorLinkResolvers } from '../generated/resolvers-types.ts';

export const ActorLink: ActorLinkResolvers = {
  source: (l, _args, { loaders }, info) => actorEnd(l.source, loaders, info),
  target: (l, _args, { loaders }, info) => actorEnd(l.target, loaders, info),
  claim: (l, _args, { loaders }) => (l.claimId ? (loaders.claim.load(l.claimId) as Promise<ClaimView | null>) : null),
};
