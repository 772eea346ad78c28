// The explorer: loads parts of the graph through the public GraphQL API, keeps them in a model, and shows the
// filtered view as a network, a table and a detail panel. The URL always describes the view.

import { ApiError, graphql, queries, setApiKey } from './api.js';
import { setupControls, setupTimeWindow } from './controls.js';
import { addActor, addClaim, addLink, createModel, monthsOf, viewOf } from './graph-model.js';
import { createGraphView } from './graph-view.js';
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

const graph = createGraphView($('graph'), { onNode: (id) => void expand(id), onEdge: (id) => void openClaim(id) });
const updateTime = setupTimeWindow(state, () => refresh());
setupControls(state, (property) => (property === 'depth' && state.start ? void reload() : refresh()));

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
  if (!state.start && model.links.size === 0) return 'Search for an actor, an operation or a place to start.';
  const claims = view.edges.filter((e) => e.claim).length;
  const parts = [`${view.nodes.length} actors and ${claims} claims in view`];
  if (model.truncated)
    parts.push('the service stopped the walk at its limit of actors: lower the depth to see all of a smaller area');
  if (notes.claimsLeftOut) parts.push(`${notes.claimsLeftOut} more claims not loaded`);
  if (model.unlinked) parts.push(`${model.unlinked} claims with a single actor are not drawn`);
  return `${parts.join('; ')}.`;
}

let drawing = Promise.resolve();

/** Draws the current view, the table, the notes and the URL from the model and the state. */
function refresh() {
  const view = viewOf(model, {
    ...state,
    kinds: state.kinds && new Set(state.kinds),
    supportTypes: state.supportTypes && new Set(state.supportTypes),
    focus: focusIds(),
  });
  drawing = graph.render(view).then((ms) => {
    // How long the last drawing with a new layout took (read by the browser tests' timings).
    if (ms !== null) document.body.dataset.renderMs = String(Math.round(ms));
    if (state.edge) graph.select(state.edge);
    if (busy === 0) document.body.dataset.ready = String(Date.now());
  });
  renderList($('list-body'), view, model.actors, (id) => void openClaim(id));
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
  for (const edge of data.claims.edges) addClaim(model, edge.node);
  notes.claimsLeftOut = Math.max(0, data.claims.totalCount - data.claims.edges.length);
  if (data.claims.totalCount === 0) throw new ApiError(`No claim is recorded for this ${type}.`, 'EMPTY');
}

async function loadNeighbourhood(ids, depth) {
  const data = await graphql(queries.neighborhood, { ids, depth });
  for (const actor of data.neighborhood.nodes) addActor(model, actor);
  for (const link of data.neighborhood.edges) addLink(model, link);
  model.truncated ||= data.neighborhood.truncated;
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

async function openClaim(id) {
  state.edge = id;
  graph.select(id);
  const data = await run('Reading the claim', () => graphql(queries.claim, { id }));
  if (!data) return;
  if (!data.claim) return renderMessage($('panel'), 'Not found', 'This claim is no longer in the graph.');
  const alternatives = data.claim.alternatives.map((a) => a.id);
  graph.mark('partner', alternatives);
  renderClaim($('panel'), data.claim, (other) => void openClaim(other));
  $('panel-title').focus({ preventScroll: true });
  const articles = [...new Set(data.claim.evidences.map((e) => e.article.id))].slice(0, 5);
  const others = await run('Reading the article', async () => {
    const lists = [];
    for (const article of articles)
      lists.push((await graphql(queries.articleClaims, { id: article })).article?.claims ?? []);
    return lists.flat();
  });
  if (others && state.edge === id)
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
    pathElements = data.paths.flatMap((p) => [...p.actors.map((a) => a.id), ...p.links.map((l) => l.id)]);
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
          `${actor.name} (${actor.kind.toLowerCase().replaceAll('_', ' ')}), ${graph.edgesOf(current).length} claims drawn.`;
    } else if (event.key === 'Enter' && current) void expand(current);
    else if ((event.key === 'e' || event.key === 'E') && current) {
      const edges = graph.edgesOf(current);
      edgeIndex = (edgeIndex + 1) % Math.max(1, edges.length);
      if (edges.length) void openClaim(edges[edgeIndex]);
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
  Object.assign(state, { start, expand: [], edge: null, path: null });
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
  if (state.edge) await openClaim(state.edge);
}
void restore();
