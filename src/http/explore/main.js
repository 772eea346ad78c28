// The explorer: loads parts of the graph through the public GraphQL API, keeps them in a model, and shows the
// filtered view as a network, a table and a detail panel. The URL always describes the view.

import { ApiError, graphql, queries, setApiKey } from './api.js';
import { setupControls, setupTimeWindow } from './controls.js';
import {
  addActor,
  addClaim,
  addLink,
  addLinkSummary,
  createModel,
  drillFilter,
  linkIdOf,
  monthsOf,
  rollUpRoots,
  viewOf,
} from './graph-model.js';
import { createGraphView } from './graph-view.js';
import { renderLink, renderTie } from './link-panel.js';
import { renderList } from './list-view.js';
import { renderArticleClaims, renderClaim, renderMessage } from './panel.js';
import { renderPaths, resolveActor } from './paths.js';
import { setupSearch } from './search.js';
import { DEFAULT_CAP, exportHref, readState, writeState } from './url-state.js';

const $ = (id) => document.getElementById(id);
const CLAIM_PAGE = 100;

const state = readState(location.search);
const model = createModel();
const notes = { claimsLeftOut: 0 };
let busy = 0;
let pathElements = [];
let lastView = { nodes: [], edges: [], focus: [] };

const graph = createGraphView($('graph'), { onNode: (id) => void expand(id), onEdge: (id) => void openLink(id) });
const updateTime = setupTimeWindow(state, () => refresh());
// Depth, and roll-up around an actor, change what the service walks: the links are loaded again.
const walked = (property) => property === 'depth' || (property === 'rollUp' && state.start?.type === 'actor');
setupControls(state, (property) => (walked(property) && state.start ? void reload() : refresh()));

function showError(error) {
  const box = $('error');
  box.hidden = !error;
  box.textContent = error ? (error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`) : '';
  if (error?.code === 'UNAUTHENTICATED') $('api-key-box').open = true;
}

/** Runs one request with the page marked busy; errors are shown in words, never thrown further. */
async function run(label, task) {
  busy++;
  document.body.setAttribute('aria-busy', 'true');
  $('status').textContent = `${label}…`;
  try {
    const result = await task();
    showError(null);
    return result;
  } catch (error) {
    showError(error);
    return undefined;
  } finally {
    busy--;
    if (busy === 0) document.body.removeAttribute('aria-busy');
    refresh();
  }
}

function statusText(view) {
  if (!state.start && model.links.size === 0 && model.claims.size === 0)
    return 'Search for an actor, an operation or a place to start.';
  const links = view.edges.filter((e) => !e.tie);
  const claims = links.reduce((n, e) => n + e.count, 0);
  const parts = [`${view.nodes.length} actors and ${links.length} links (${claims} claims) in view`];
  if (links.some((e) => e.bound === 'atMost'))
    parts.push('a count marked ≤ is at most: its claims fall partly outside the filters (click it for the exact ones)');
  if (links.some((e) => e.bound === 'atLeast')) parts.push('a count marked + covers only the claims loaded');
  if (model.truncated)
    parts.push('the service stopped the walk at its limit of actors: lower the depth to see all of a smaller area');
  if (notes.claimsLeftOut) parts.push(`${notes.claimsLeftOut} more claims not loaded`);
  if (model.unlinked) parts.push(`${model.unlinked} claims with a single actor are not drawn`);
  return `${parts.join('; ')}.`;
}

let drawing = Promise.resolve();

const filtersOf = () => ({
  ...state,
  kinds: state.kinds && new Set(state.kinds),
  supportTypes: state.supportTypes && new Set(state.supportTypes),
  focus: focusIds(),
});

/** Draws the current view, the table, the notes and the URL from the model and the state. */
function refresh() {
  const view = viewOf(model, filtersOf());
  lastView = view;
  drawing = graph.render(view).then((ms) => {
    // How long the last drawing with a new layout took (read by the browser tests' timings).
    if (ms !== null) document.body.dataset.renderMs = String(Math.round(ms));
    if (state.edge) graph.select(state.edge);
    if (busy === 0) document.body.dataset.ready = String(Date.now());
  });
  renderList($('list-body'), view, model.actors, (id) => void openLink(id));
  if (busy === 0) $('status').textContent = statusText(view);
  const capped = view.total > view.nodes.length;
  $('cap-note').hidden = !capped;
  $('cap-text').textContent = capped
    ? `Showing the ${view.nodes.length} actors nearest the start, of ${view.total}.`
    : '';
  for (const format of ['graphml', 'gexf', 'csv']) $(`export-${format}`).href = exportHref(state, format);
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  return drawing;
}

function focusIds() {
  return state.start?.type === 'actor' ? [state.start.id, ...state.expand] : state.expand;
}

async function loadStart() {
  const { type, id } = state.start;
  if (type === 'actor') return loadNeighbourhood([id], state.depth);
  const filter = type === 'operation' ? { operation: id } : { location: id };
  const data = await graphql(queries.claims, { filter, first: CLAIM_PAGE });
  notes.claimsLeftOut = Math.max(0, data.claims.totalCount - data.claims.edges.length);
  const scope = { [type]: id, complete: notes.claimsLeftOut === 0 };
  for (const edge of data.claims.edges) addClaim(model, edge.node, scope);
  if (data.claims.totalCount === 0) throw new ApiError(`No claim is recorded for this ${type}.`, 'EMPTY');
}

/** Rolled up, the walk starts from the actors the given ones roll up to (their ties read first if not loaded). */
async function walkFrom(ids) {
  if (!state.rollUp) return ids;
  for (const id of ids)
    if (!model.actors.get(id)?.affiliations) addActor(model, (await graphql(queries.actorTies, { id })).actor);
  return [...new Set(ids.flatMap((id) => rollUpRoots(model, id)))];
}

async function loadNeighbourhood(ids, depth) {
  const data = await graphql(queries.neighborhood, { ids: await walkFrom(ids), depth, rollUp: state.rollUp });
  for (const actor of data.neighborhood.nodes) addActor(model, actor);
  for (const link of data.neighborhood.links) addLinkSummary(model, link);
  model.truncated ||= data.neighborhood.truncated;
  model.rolledUp = state.rollUp;
}

/** Starts over from `state.start` (and what was expanded), e.g. after the depth changed. */
async function reload() {
  Object.assign(model, createModel());
  notes.claimsLeftOut = 0;
  await run('Loading', async () => {
    await loadStart();
    if (state.expand.length) await loadNeighbourhood(state.expand, 1);
  });
  updateTime(monthsOf(model));
  refresh();
}

async function expand(id) {
  if (!state.expand.includes(id) && state.start?.id !== id) state.expand.push(id);
  await run(`Expanding ${model.actors.get(id)?.name ?? id}`, () => loadNeighbourhood([id], 1));
  updateTime(monthsOf(model));
  refresh();
}

const actorName = (id) => model.actors.get(id)?.name ?? id;
/** The drawn link a claim is counted in (its pair, kind and polarity), when both its actors are known. */
const linkOfClaim = (claim) => (claim.subject?.id && claim.object?.id ? linkIdOf(claim) : null);

/** A drawn link: its summary, then the claims behind it (drill-down); a tie says what it is. */
async function openLink(id) {
  const edge = lastView.edges.find((e) => e.id === id);
  // A claim id (from an older shared URL, or a keyboard step): the claim itself.
  if (!edge && !id.includes(':')) return openClaim(id);
  state.edge = id;
  state.claim = null;
  graph.select(id);
  graph.mark('partner', []);
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  if (!edge) return renderMessage($('panel'), 'Not in view', 'The filters or the cap hide this link now.');
  if (edge.tie) return renderTie($('panel'), edge, actorName);
  const stillOpen = () => state.edge === id && !state.claim;
  const filter = drillFilter(edge, filtersOf());
  const open = (claim) => void openClaim(claim, id);
  await renderLink($('panel'), edge, { name: actorName, filter, run, openClaim: open, stillOpen });
  $('panel-title').focus({ preventScroll: true });
}

/** One claim in full; `fromLink` is the drawn link it was listed under (rolled up, not the claim's own pair). */
async function openClaim(id, fromLink = null) {
  state.claim = id;
  const data = await run('Reading the claim', () => graphql(queries.claim, { id }));
  if (!data || state.claim !== id) return;
  if (!data.claim) return renderMessage($('panel'), 'Not found', 'This claim is no longer in the graph.');
  const link = linkOfClaim(data.claim);
  state.edge = fromLink ?? (lastView.edges.some((e) => e.id === link) ? link : null);
  graph.select(state.edge);
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  graph.mark('partner', data.claim.alternatives.map(linkOfClaim).filter(Boolean));
  renderClaim($('panel'), data.claim, (other) => void openClaim(other));
  if (state.edge) {
    const edge = state.edge;
    const back = document.createElement('button');
    Object.assign(back, { type: 'button', className: 'link', textContent: '← All claims of this link' });
    back.addEventListener('click', () => void openLink(edge));
    $('panel').prepend(back);
  }
  $('panel-title').focus({ preventScroll: true });
  const articles = [...new Set(data.claim.evidences.map((e) => e.article.id))].slice(0, 5);
  const others = await run('Reading the article', async () => {
    const lists = [];
    for (const article of articles)
      lists.push((await graphql(queries.articleClaims, { id: article })).article?.claims ?? []);
    return lists.flat();
  });
  if (others && state.claim === id)
    renderArticleClaims($('panel'), data.claim, others, (other) => void openClaim(other));
}

async function findPaths(fromText, toText) {
  await run('Finding paths', async () => {
    const [from, to] = await Promise.all([resolveActor(fromText), resolveActor(toText)]);
    const data = await graphql(queries.paths, { from: from.id, to: to.id });
    state.path = [from.id, to.id];
    for (const path of data.paths) {
      for (const actor of path.actors) addActor(model, actor);
      for (const link of path.links) addLink(model, link);
    }
    for (const id of [from.id, to.id]) if (!state.expand.includes(id) && state.start?.id !== id) state.expand.push(id);
    // A step is a claim or a tie; the drawing shows the link the claim is counted in.
    pathElements = data.paths.flatMap((p) => [
      ...p.actors.map((a) => a.id),
      ...p.links.map((l) => (l.claim ? linkOfClaim(l.claim) : l.id)),
    ]);
    renderPaths($('panel'), from, to, data.paths, (id) => void openClaim(id));
  });
  updateTime(monthsOf(model));
  await refresh();
  graph.mark('path', pathElements);
}

function setupKeyboard() {
  let edgeIndex = -1;
  let current;
  $('graph').addEventListener('keydown', (event) => {
    const move = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (move) {
      current = graph.step(move);
      edgeIndex = -1;
      const actor = model.actors.get(current);
      if (actor)
        $('status').textContent =
          `${actor.name} (${actor.kind.toLowerCase().replaceAll('_', ' ')}), ${graph.edgesOf(current).length} links drawn.`;
    } else if (event.key === 'Enter' && current) void expand(current);
    else if ((event.key === 'e' || event.key === 'E') && current) {
      const edges = graph.edgesOf(current);
      edgeIndex = (edgeIndex + 1) % Math.max(1, edges.length);
      if (edges.length) void openLink(edges[edgeIndex]);
    } else return;
    event.preventDefault();
  });
}

$('cap-more').addEventListener('click', () => {
  state.cap += DEFAULT_CAP;
  refresh();
});
$('cap-all').addEventListener('click', () => {
  state.cap = 100_000;
  refresh();
});
$('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void findPaths($('path-from').value.trim(), $('path-to').value.trim());
});
$('copy-link').addEventListener('click', async () => {
  await navigator.clipboard?.writeText(location.href).catch(() => {});
  $('status').textContent = 'Link to this view copied.';
});
$('api-key-form').addEventListener('submit', (event) => event.preventDefault());
$('api-key').addEventListener('change', () => {
  setApiKey($('api-key').value.trim());
  if (state.start) void reload();
});
setupSearch(run, (start) => {
  Object.assign(state, { start, expand: [], edge: null, claim: null, path: null });
  void reload();
});
setupKeyboard();

async function restore() {
  if (state.start) await reload();
  else refresh();
  if (state.path) {
    $('path-from').value = state.path[0];
    $('path-to').value = state.path[1];
    await findPaths(state.path[0], state.path[1]);
  }
  const claim = state.claim;
  if (state.edge) await openLink(state.edge);
  if (claim) await openClaim(claim);
}
void restore();
