// What the explorer has loaded (actors, claims, hierarchy ties) and what of it is in view: filters, roll-up and
// the node cap are applied here, as plain data, so the drawing and the list show exactly the same thing.

import { claimSums, claimVisible, drillFilter, linkIdOf, linkShown, strongest } from './link-counts.js';
import { CERTAINTIES, CLAIM_KINDS, SUPPORT_TYPES } from './vocabulary.js';

// Kept importable from here: the rest of the page and the tests know them as the model's.
export { CERTAINTIES, CLAIM_KINDS, claimVisible, drillFilter, linkIdOf, linkShown, SUPPORT_TYPES };

export function createModel() {
  return { actors: new Map(), links: new Map(), claims: new Map(), truncated: false, unlinked: 0, rolledUp: false };
}

export function addActor(model, actor) {
  if (!actor) return;
  const known = model.actors.get(actor.id);
  // A fuller record (with its ties) wins over a bare { id name kind } met as someone's parent.
  if (!known || (actor.affiliations && !known.affiliations)) model.actors.set(actor.id, { ...known, ...actor });
  addActor(model, actor.partOf);
  for (const affiliation of actor.affiliations ?? []) addActor(model, affiliation.actor);
}

/**
 * One link as the service summarises it (`Neighborhood.links`): every claim of one kind and polarity from source to
 * target, with counts, or a hierarchy tie (polarity null, no claims). Counts cover the whole graph.
 */
export function addLinkSummary(model, link) {
  addActor(model, link.source);
  addActor(model, link.target);
  const certainties = CERTAINTIES.map((c) => link.certainties?.find((x) => x.certainty === c)?.claims ?? 0);
  model.links.set(link.id, {
    id: link.id,
    type: link.type,
    polarity: link.polarity ?? null,
    source: link.source.id,
    target: link.target.id,
    claims: link.claims ?? 0,
    drafts: link.drafts ?? 0,
    evidences: link.evidences ?? 0,
    certainties,
    firstDate: link.firstDate ?? null,
    lastDate: link.lastDate ?? null,
  });
}

/**
 * A claim loaded on its own (the claims of an operation or a place, a step of a path): drawn summed with the other
 * loaded claims of its pair, kind and polarity, unless the service's link for them is loaded. `scope` is what
 * the claims were loaded for ({ operation } or { location }, `complete` when all of them were), or null for a
 * sample (a path step): its pair may have more claims than were loaded.
 */
export function addClaim(model, claim, scope = null) {
  addActor(model, claim.subject);
  addActor(model, claim.object);
  // A claim with one actor (a statement to nobody in particular) has no edge to draw.
  if (!claim.object) {
    if (!model.claims.has(claim.id)) model.unlinked++;
    model.claims.set(claim.id, { claim, scope });
    return;
  }
  model.claims.set(claim.id, { claim, scope: model.claims.get(claim.id)?.scope ?? scope });
}

/** A link of a path: a claim (see addClaim) or a hierarchy tie. */
export function addLink(model, link) {
  addActor(model, link.source);
  addActor(model, link.target);
  if (link.claim) return addClaim(model, link.claim, null);
  addLinkSummary(model, { ...link, polarity: null });
}

/** The months the loaded links and claims span, oldest first, as YYYY-MM: the time slider's stops. */
export function monthsOf(model) {
  let first;
  let last;
  const span = (start, end) => {
    if (start && (!first || start.slice(0, 7) < first)) first = start.slice(0, 7);
    if (end && (!last || end.slice(0, 7) > last)) last = end.slice(0, 7);
  };
  for (const link of model.links.values()) span(link.firstDate, link.lastDate);
  for (const { claim } of model.claims.values()) span(claim.when.start, claim.when.end);
  if (!first || !last) return [];
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

/**
 * Every actor `actorId` rolls up to at some date (itself, its parents, its patrons and theirs): a walk rolled up
 * starts from these, since the service draws FAMa's claims as Mali's and walks from Mali.
 */
export function rollUpRoots(model, actorId) {
  const roots = [];
  const queue = [actorId];
  while (queue.length && roots.length < 20) {
    const id = queue.shift();
    if (roots.includes(id)) continue;
    roots.push(id);
    const actor = model.actors.get(id);
    if (actor?.partOf) queue.push(actor.partOf.id);
    for (const a of actor?.affiliations ?? []) queue.push(a.actor.id);
  }
  return roots;
}

/** Actors that stand for others when rolled up (a state for its army, a patron for its contractor). */
function rolledActors(model) {
  const rolled = new Set();
  for (const actor of model.actors.values()) {
    if (actor.partOf) rolled.add(actor.partOf.id);
    for (const a of actor.affiliations ?? []) rolled.add(a.actor.id);
  }
  return rolled;
}

/**
 * The subgraph to show: one edge per link (pair, kind and polarity) with the claims of it passing the filters
 * counted, the ties if asked, actors rolled up if asked, then at most `cap` actors, nearest to the starting ones
 * first. Says how many actors the cap left out.
 */
export function viewOf(model, filters) {
  const edges = [];
  const roll = (id, date) => (filters.rollUp ? rollUpId(model, id, date) : id);
  for (const link of model.links.values()) {
    const tie = link.polarity === null;
    const shown = tie ? (filters.ties ? { count: 0, bound: 'exact' } : null) : linkShown(link, filters);
    if (!shown) continue;
    // Asked rolled up, the service summed its links at each claim's date already; ties are rolled here.
    const date = tie ? '9999' : (link.firstDate ?? '9999');
    const rolled = filters.rollUp && (tie || !model.rolledUp);
    const source = rolled ? rollUpId(model, link.source, date) : link.source;
    const target = rolled ? rollUpId(model, link.target, date) : link.target;
    // Rolled up, FAMa's tie to Mali (or support from Mali to its own army) is a loop: nothing to draw.
    if (source === target) continue;
    const drafts = filters.drafts === false ? 0 : link.drafts;
    edges.push({ ...link, source, target, tie, ...shown, drafts, certainty: strongest(link.certainties, filters) });
  }
  edges.push(...claimSums(model, filters, roll).map((e) => ({ ...e, tie: false })));
  const rolled = filters.rollUp ? rolledActors(model) : new Set();
  const focus = (filters.focus ?? []).map((id) => roll(id, '9999'));
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
