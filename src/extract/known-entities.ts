import type { ActorInput, LocationInput, OperationInput } from '../ingest/article-format.ts';

/** What the extractor may resolve mentions to: the gazetteer, the graph, and operations already declared. */
export interface KnownEntities {
  actors: ActorInput[];
  locations: LocationInput[];
  operations: OperationInput[];
}

export const noKnownEntities = (): KnownEntities => ({ actors: [], locations: [], operations: [] });

/** Later entries add aliases to earlier ones with the same id (a graph copy of a gazetteer actor, say). */
export function mergeKnown(...parts: Partial<KnownEntities>[]): KnownEntities {
  const out = noKnownEntities();
  const byId = <T extends { id: string }>(lists: (T[] | undefined)[]): T[] => {
    const map = new Map<string, T>();
    for (const list of lists) for (const item of list ?? []) if (!map.has(item.id)) map.set(item.id, item);
    return [...map.values()];
  };
  out.actors = byId(parts.map((p) => p.actors));
  out.locations = byId(parts.map((p) => p.locations));
  out.operations = byId(parts.map((p) => p.operations));
  return out;
}
