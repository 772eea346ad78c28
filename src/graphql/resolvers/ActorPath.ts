import type { ActorPathResolvers } from '../generated/resolvers-types.ts';
import { loadAll } from '../load-all.ts';

export const ActorPath: ActorPathResolvers = {
  length: (p) => p.links.length,
  actors: async (p, _args, { loaders }) => loadAll(loaders.actor, p.actorIds),
};
