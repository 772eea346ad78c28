// The path finder: names (or ids from a shared URL) to actors, and the shortest paths between them in words.

import { ApiError, graphql, queries } from './api.js';
import { claimSentence, el, renderMessage, words } from './panel.js';
import { exactFirst } from './search.js';

/**
 * An id is taken as it is; a name goes through the search: an actor whose name or alias is exactly that name
 * (ignoring case and accents) wins over the search's first match ("Burkina Faso" is the state, not its army).
 */
export async function resolveActor(text) {
  const byId = /^[a-z0-9-]+$/.test(text) ? (await graphql(queries.actor, { id: text })).actor : null;
  const found = byId ? [] : exactFirst((await graphql(queries.search, { text })).actors.edges, text);
  const actor = byId ?? found[0];
  if (!actor) throw new ApiError(`No actor matches “${text}”.`, 'NOT_FOUND');
  return actor;
}

function linkItem(link, open) {
  if (!link.claim) return el('li', {}, `${link.source.name} ${words(link.type)} ${link.target.name}`);
  return el(
    'li',
    {},
    el('button', { type: 'button', class: 'link', onclick: () => open(link.claim.id) }, claimSentence(link.claim)),
  );
}

export function renderPaths(panel, from, to, paths, open) {
  if (paths.length === 0)
    return renderMessage(panel, `${from.name} and ${to.name}`, 'No chain of at most 4 links connects them.');
  const items = paths.map((path) =>
    el(
      'li',
      {},
      path.actors.map((a) => a.name).join(' → '),
      el(
        'ul',
        {},
        path.links.map((link) => linkItem(link, open)),
      ),
    ),
  );
  panel.replaceChildren(
    el('h2', { id: 'panel-title', tabindex: '-1' }, `How ${from.name} and ${to.name} are connected`),
    el('p', {}, `${paths.length} shortest path(s), ${paths[0].length} link(s) long, marked in orange on the graph.`),
    el('ol', {}, items),
  );
}
