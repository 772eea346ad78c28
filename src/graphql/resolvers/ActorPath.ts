import { actorEnds } from '../actor-end.ts';
import type { ActorPathResolvers } from '../generated/resolvers-types.ts';

export const ActorPath: ActorPathResolvers = {
  length: (p) => p.links.length,
  actors: (p, _args, { loaders }, info) => actorEnds(p.actorIds, loaders, info),
};
