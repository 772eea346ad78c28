import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { ActorView } from '../model/views.ts';
import type { Loaders } from './context.ts';
import { loadAll } from './load-all.ts';
import { selectedFields } from './selected-claim-parts.ts';

// An end of a link, claim edge or path, named by id in a row the graph just returned (so the actor exists). A walk
// draws thousands of ends, and a drawing usually asks only `source { id } target { id }`: then the id is the
// answer, with no load and no promise per end (about a fifth of a depth-2 neighbourhood's CPU). Any other field
// loads the actor, once per request (DataLoader).

const ID_ONLY = new Set(['id', '__typename']);
const idOnlyByField = new WeakMap<readonly FieldNode[], boolean>();

function asksOnlyId(info: GraphQLResolveInfo | undefined): boolean {
  if (!info) return false;
  let only = idOnlyByField.get(info.fieldNodes);
  if (only === undefined) {
    const fields = selectedFields(info);
    only = fields !== undefined && [...fields].every((f) => ID_ONLY.has(f));
    idOnlyByField.set(info.fieldNodes, only);
  }
  return only;
}

export function actorEnd(
  id: string,
  loaders: Loaders,
  info: GraphQLResolveInfo | undefined,
): ActorView | Promise<ActorView> {
  // only `id` is read from it: the other fields of the view are never resolved for this selection
  if (asksOnlyId(info)) return { id } as ActorView;
  return loaders.actor.load(id).then((actor) => actor as ActorView);
}

/** The actors along a path or walk the graph just returned, in order: the same shortcut when only ids are asked. */
export function actorEnds(
  ids: readonly string[],
  loaders: Loaders,
  info: GraphQLResolveInfo | undefined,
): ActorView[] | Promise<ActorView[]> {
  if (asksOnlyId(info)) return ids.map((id) => ({ id }) as ActorView);
  return loadAll(loaders.actor, ids);
}
