// How many claims each drawn link stands for under the view's filters: from the service's link counts (exact, or an
// upper bound when the counts cannot tell), or summed from claims loaded on their own; and the claims query behind a
// link (the drill-down), so the list shows what the edge counts.

import { CERTAINTIES, SUPPORT_TYPES } from './vocabulary.js';

/** The id the service gives the link summarising a claim: `<kind>:<polarity>:<subject>:<object>`. */
export const linkIdOf = (claim, source = claim.subject.id, target = claim.object.id) =>
  `${claim.kind}:${claim.polarity}:${source}:${target}`;

export function claimVisible(claim, filters) {
  if (filters.from && claim.when.end < `${filters.from}-01`) return false;
  if (filters.to && claim.when.start > `${filters.to}-31`) return false;
  if (CERTAINTIES.indexOf(claim.certainty) < CERTAINTIES.indexOf(filters.minCertainty ?? 'POSSIBLE')) return false;
  if (filters.kinds && !filters.kinds.has(claim.kind)) return false;
  // Drafts are claims the extractor proposed and nobody has reviewed yet: shown unless hidden.
  if (filters.drafts === false && claim.draft) return false;
  if (claim.kind === 'SUPPORT' && filters.supportTypes && !filters.supportTypes.has(claim.supportType ?? 'OTHER'))
    return false;
  return true;
}

const sum = (numbers) => numbers.reduce((a, b) => a + b, 0);
const minRank = (filters) => Math.max(0, CERTAINTIES.indexOf(filters.minCertainty ?? 'POSSIBLE'));

/**
 * How many claims of a service link pass the filters, from its counts alone: null when none can, else the count
 * and whether it is exact or only an upper bound (`atMost`: the counts cannot tell how many fall inside a time
 * window that cuts the link's dates, are of the support types chosen, or are drafts among a certainty).
 */
export function linkShown(link, filters) {
  if (filters.kinds && !filters.kinds.has(link.type)) return null;
  const min = minRank(filters);
  let count = min === 0 ? link.claims : sum(link.certainties.slice(min));
  let exact = true;
  if (filters.drafts === false && link.drafts > 0) {
    if (link.drafts >= link.claims) return null;
    if (min === 0) count -= link.drafts;
    else exact = false;
  }
  const from = filters.from && `${filters.from}-01`;
  const to = filters.to && `${filters.to}-31`;
  if (from && link.lastDate && link.lastDate < from) return null;
  if (to && link.firstDate && link.firstDate > to) return null;
  if ((from && !(link.firstDate >= from)) || (to && !(link.lastDate <= to))) exact = false;
  if (link.type === 'SUPPORT' && filters.supportTypes && filters.supportTypes.size < SUPPORT_TYPES.length)
    exact = false;
  if (count <= 0) return null;
  return { count, bound: exact ? 'exact' : 'atMost' };
}

/** The strongest certainty among the claims counted (the line style), from counts weakest first. */
export const strongest = (certainties, filters) => {
  for (let rank = CERTAINTIES.length - 1; rank >= minRank(filters); rank--)
    if (certainties[rank] > 0) return CERTAINTIES[rank];
  return undefined;
};

/** The loaded claims passing the filters, summed per (rolled-up) pair, kind and polarity like the service's links. */
export function claimSums(model, filters, roll) {
  const sums = new Map();
  for (const { claim, scope } of model.claims.values()) {
    if (!claim.object || !claimVisible(claim, filters)) continue;
    const source = roll(claim.subject.id, claim.when.start);
    const target = roll(claim.object.id, claim.when.start);
    if (source === target) continue;
    const id = linkIdOf(claim, source, target);
    // The service's link counts every claim of the pair, these among them.
    if (model.links.has(id)) continue;
    const s = sums.get(id) ?? {
      id,
      type: claim.kind,
      polarity: claim.polarity,
      source,
      target,
      claims: 0,
      drafts: 0,
      certainties: CERTAINTIES.map(() => 0),
      firstDate: claim.when.start,
      lastDate: claim.when.end,
      scope,
      sample: false,
    };
    s.claims++;
    if (claim.draft) s.drafts++;
    s.certainties[CERTAINTIES.indexOf(claim.certainty)]++;
    if (claim.when.start < s.firstDate) s.firstDate = claim.when.start;
    if (claim.when.end > s.lastDate) s.lastDate = claim.when.end;
    // Claims loaded for different reasons: the drill-down asks for the pair's claims anywhere.
    if (s.scope?.operation !== scope?.operation || s.scope?.location !== scope?.location) s.scope = null;
    if (!scope?.complete) s.sample = true;
    sums.set(id, s);
  }
  return [...sums.values()].map((s) => ({
    ...s,
    count: s.claims,
    bound: s.sample || !s.scope ? 'atLeast' : 'exact',
    certainty: strongest(s.certainties, filters),
  }));
}

/**
 * The claims query behind one drawn link (the drill-down): its pair, kind and polarity, rolled up if the view is,
 * what the link was loaded for (an operation, a place), and the view's filters, so it lists what the edge counts.
 */
export function drillFilter(edge, filters) {
  const filter = { subject: edge.source, object: edge.target, kinds: [edge.type], polarity: edge.polarity };
  if (filters.rollUp) filter.rollUp = true;
  if (edge.scope?.operation) filter.operation = edge.scope.operation;
  if (edge.scope?.location) filter.location = edge.scope.location;
  if (filters.from) filter.from = filters.from;
  if (filters.to) filter.to = filters.to;
  if (minRank(filters) > 0) filter.minCertainty = filters.minCertainty;
  if (filters.drafts === false) filter.drafts = 'EXCLUDE';
  if (edge.type === 'SUPPORT' && filters.supportTypes && filters.supportTypes.size < SUPPORT_TYPES.length)
    filter.supportTypes = [...filters.supportTypes];
  return filter;
}
