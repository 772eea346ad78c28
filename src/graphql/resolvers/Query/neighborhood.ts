import { z } from 'zod';
import { MAX_NEIGHBORHOOD_LINKS, type WalkFilter } from '../../../graph/exploration-repository.ts';
import type { ActorLinkView } from '../../../model/views.ts';
import { dateRange, idArgument, parseArg } from '../../arguments.ts';
import { notFound } from '../../errors.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { selectedFields, selectedFieldsAt } from '../../selected-claim-parts.ts';

/** From this depth on, a walk can touch most of a hub's links: it takes a turn at the heavy-work gate. */
export const HEAVY_DEPTH = 2;

/** A link's fields read from its stored summary beyond its kind, ends and claim count. */
const LINK_DETAILS = ['drafts', 'evidences', 'certainties', 'firstDate', 'lastDate'];

function asksLinkDetails(info: Parameters<typeof selectedFieldsAt>[0]): boolean {
  const fields = selectedFieldsAt(info, ['links']);
  return fields === undefined || LINK_DETAILS.some((f) => fields.has(f));
}

export const neighborhood: NonNullable<QueryResolvers['neighborhood']> = async (
  _parent,
  args,
  { repos, heavy },
  info,
) => {
  const ids = parseArg(z.array(idArgument).min(1).max(50), args.ids, 'ids');
  const depth = parseArg(z.number().int().min(1).max(3), args.depth ?? 1, 'depth');
  const filter: WalkFilter = {
    kinds: args.claimKinds ? [...args.claimKinds] : undefined,
    ...dateRange(args.from, args.to, ''),
    polarities: args.polarities?.length ? [...args.polarities] : ['ASSERTED'],
    rollUp: args.rollUp ?? false,
    details: asksLinkDetails(info),
  };
  const gated = <T>(what: string, work: () => Promise<T>) => (depth >= HEAVY_DEPTH ? heavy.run(what, work) : work());
  const hood = await gated('neighborhood', () => repos.exploration.neighborhood(ids, depth, filter));
  // A typo must be NOT_FOUND, not an empty drawing. An id at the end of a link the walk found exists: only the
  // others are looked up, so walking from a hub costs no round trip for the check.
  const unlinked = ids.filter((id) => !hood.links.some((l) => l.source === id || l.target === id));
  const missing = unlinked.length > 0 ? await repos.exploration.missingActors(unlinked) : [];
  if (missing.length > 0) throw notFound('actor', missing.join('", "'));
  // The claims behind the links, read once and only if `edges` (or a `truncated` they may decide) is selected.
  let drill: Promise<{ edges: ActorLinkView[]; cut: boolean }> | undefined;
  const claims = () =>
    (drill ??= hood.claimEdges
      ? Promise.resolve({ edges: hood.claimEdges, cut: false })
      : gated('neighborhood', () => repos.exploration.claimEdges(hood.links, filter)));
  // The links' counts tell whether the claims can exceed the cap without reading them (exact without a date range).
  // Only an answer that lists the claims (`edges`) can be cut by that cap: links and nodes are whole.
  const mayCut =
    (selectedFields(info)?.has('edges') ?? true) &&
    hood.links.reduce((n, l) => n + l.claims, 0) > MAX_NEIGHBORHOOD_LINKS;
  return {
    nodeIds: hood.nodeIds,
    links: hood.links,
    edges: async () => (await claims()).edges,
    truncated: async () => hood.truncated || (mayCut && (await claims()).cut),
  };
};
