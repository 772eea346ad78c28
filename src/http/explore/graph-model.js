// What the explorer has loaded (actors, claims, hierarchy ties) and what of it is in view: filters, roll-up and
// the node cap are applied here, as plain data, so the drawing and the list show exactly the same thing.

export const CERTAINTIES = ['POSSIBLE', 'ALTERNATIVE', 'REPORTED', 'CONFIRMED'];
export const CLAIM_KINDS = ['SUPPORT', 'DEPLOYMENT', 'WITHDRAWAL', 'COMBAT', 'CONTROL', 'STATEMENT', 'MEMBERSHIP'];
export const SUPPORT_TYPES = [
  'TROOPS',
  'MERCENARIES',
  'AIRCRAFT',
  'DRONES',
  'MUNITIONS',
  'WEAPONS',
  'LOGISTICS',
  'INTELLIGENCE',
  'ADVISERS',
  'FUNDING',
  'TRAINING',
  'TERRITORY_ACCESS',
  'OTHER',
];

export function createModel() {
  return { actors: new Map(), links: new Map(), truncated: false, unlinked: 0 };
}

export function addActor(model, actor) {
  if (!actor) return;
  const known = model.actors.get(actor.id);
  // A fuller record (with its ties) wins over a bare { id name kind } met as someone's parent.
  if (!known || (actor.affiliations && !known.affiliations)) model.actors.set(actor.id, { ...known, ...actor });
  addActor(model, actor.partOf);
  for (const affiliation of actor.affiliations ?? []) addActor(model, affiliation.actor);
}

export function addClaim(model, claim) {
  addActor(model, claim.subject);
  addActor(model, claim.object);
  // A claim with one actor (a statement to nobody in particular) has no edge to draw.
  if (!claim.object) {
    model.unlinked++;
    return;
  }
  model.links.set(claim.id, {
    id: claim.id,
    type: claim.kind,
    source: claim.subject.id,
    target: claim.object.id,
    claim,
  });
}

export function addLink(model, link) {
  addActor(model, link.source);
  addActor(model, link.target);
  if (link.claim) return addClaim(model, link.claim);
  model.links.set(link.id, {
    id: link.id,
    type: link.type,
    source: link.source.id,
    target: link.target.id,
    claim: null,
  });
}

/** The months the loaded claims span, oldest first, as YYYY-MM: the time slider's stops. */
export function monthsOf(model) {
  let first;
  let last;
  for (const { claim } of model.links.values()) {
    if (!claim) continue;
    const start = claim.when.start.slice(0, 7);
    const end = claim.when.end.slice(0, 7);
    if (!first || start < first) first = start;
    if (!last || end > last) last = end;
  }
  if (!first) return [];
  const months = [];
  let [year, month] = first.split('-').map(Number);
  for (let guard = 0; guard < 1200; guard++) {
    const value = `${year}-${String(month).padStart(2, '0')}`;
    months.push(value);
    if (value >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

/** Whom an actor counts as when rolled up: its parent (FAMa → Mali) or its patron on that date (Wagner → Russia). */
export function rollUpId(model, actorId, date) {
  let actor = model.actors.get(actorId);
  const seen = new Set();
  while (actor && !seen.has(actor.id)) {
    seen.add(actor.id);
    const patron = actor.affiliations?.find(
      (a) => (!a.since || a.since.start <= date) && (!a.until || a.until.end >= date),
    );
    const parent = actor.partOf ?? patron?.actor;
    if (!parent) return actor.id;
    actor = model.actors.get(parent.id);
  }
  return actor?.id ?? actorId;
}

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

/**
 * The subgraph to show: links passing the filters (ties only if asked), actors rolled up if asked, then at most
 * `cap` actors, nearest to the starting ones first. Says how many actors the cap left out.
 */
export function viewOf(model, filters) {
  const edges = [];
  const rolled = new Set();
  for (const link of model.links.values()) {
    if (link.claim ? !claimVisible(link.claim, filters) : !filters.ties) continue;
    const date = link.claim?.when.start ?? '9999';
    const source = filters.rollUp ? rollUpId(model, link.source, date) : link.source;
    const target = filters.rollUp ? rollUpId(model, link.target, date) : link.target;
    // Rolled up, FAMa's tie to Mali (or support from Mali to its own army) is a loop: nothing to draw.
    if (source === target) continue;
    if (source !== link.source) rolled.add(source);
    if (target !== link.target) rolled.add(target);
    edges.push({ ...link, source, target });
  }
  const focus = (filters.focus ?? []).map((id) => (filters.rollUp ? rollUpId(model, id, '9999') : id));
  const order = nearestFirst(edges, focus);
  const kept = new Set(order.slice(0, filters.cap ?? Number.POSITIVE_INFINITY));
  for (const id of focus) if (model.actors.has(id)) kept.add(id);
  return {
    nodes: [...kept]
      .map((id) => model.actors.get(id))
      .filter(Boolean)
      .map((actor) => ({ ...actor, rolled: rolled.has(actor.id) })),
    edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
    total: new Set([...order, ...kept]).size,
    focus,
  };
}

/** Actors in breadth-first order from the focus, the best-connected first among equals; unreached ones last. */
function nearestFirst(edges, focus) {
  const neighbours = new Map();
  for (const { source, target } of edges) {
    if (!neighbours.has(source)) neighbours.set(source, []);
    if (!neighbours.has(target)) neighbours.set(target, []);
    neighbours.get(source).push(target);
    neighbours.get(target).push(source);
  }
  const degree = (id) => neighbours.get(id)?.length ?? 0;
  const seen = new Set(focus);
  const order = [...focus];
  for (let i = 0; i < order.length; i++) {
    const next = (neighbours.get(order[i]) ?? []).filter((id) => !seen.has(id));
    for (const id of [...new Set(next)].sort((a, b) => degree(b) - degree(a))) {
      seen.add(id);
      order.push(id);
    }
  }
  const rest = [...neighbours.keys()].filter((id) => !seen.has(id)).sort((a, b) => degree(b) - degree(a));
  return [...order.filter((id) => neighbours.has(id)), ...rest];
}
