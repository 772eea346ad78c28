import type { NeighborhoodResolvers } from '../generated/resolvers-types.ts';
import { loadAll } from '../load-all.ts';

export const Neighborhood: NeighborhoodResolvers = {
  nodes: async (n, _args, { loaders }) => loadAll(loaders.actor, n.nodeIds),
  // computed only when selected (see Connections.ts)
  edges: (n) => n.edges(),
  truncated: (n) => n.truncated(),
};
