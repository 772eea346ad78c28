// The search box: the service's accent- and typo-tolerant search over actors, operations and places.

import { graphql, queries } from './api.js';
import { el, words } from './panel.js';

const $ = (id) => document.getElementById(id);

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The search's actors, those whose name or an alias is exactly the text (case and accents aside) first. */
export function exactFirst(edges, text) {
  const actors = edges.map((edge) => edge.node);
  const exact = (a) => [a.name, ...(a.aliases ?? []).map((alias) => alias.name)].some((n) => fold(n) === fold(text));
  return [...actors.filter(exact), ...actors.filter((a) => !exact(a))];
}

function options(data, text) {
  return [
    ...exactFirst(data.actors.edges, text).map((node) => [{ type: 'actor', id: node.id }, node.name, words(node.kind)]),
    ...data.operations.edges.map(({ node }) => [
      { type: 'operation', id: node.id },
      node.name,
      `operation, ${node.date.value}`,
    ]),
    ...data.locations.map((l) => [{ type: 'location', id: l.id }, l.name, `place, ${words(l.kind)}`]),
  ];
}

/** `run` wraps a request (busy state, errors in words); `choose(start)` is called with the pick. */
export function setupSearch(run, choose) {
  const input = $('search');
  const results = $('search-results');
  let timer;
  let latest = 0;
  const pick = (start, name) => {
    results.hidden = true;
    input.value = name;
    choose(start);
  };
  const search = async () => {
    const text = input.value.trim();
    results.hidden = text.length < 2;
    if (results.hidden) return;
    const ticket = ++latest;
    const data = await run('Searching', () => graphql(queries.search, { text }));
    // An answer to an older text than the one now typed is dropped.
    if (!data || ticket !== latest) return;
    const found = options(data, text).map(([start, name, what]) =>
      el(
        'li',
        {},
        el('button', { type: 'button', onclick: () => pick(start, name) }, name, el('small', {}, ` ${what}`)),
      ),
    );
    results.replaceChildren(...(found.length ? found : [el('li', {}, `Nothing matches “${text}”.`)]));
    results.hidden = false;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') results.hidden = true;
    if (event.key === 'ArrowDown') results.querySelector('button')?.focus();
  });
  $('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    await search();
    results.querySelector('button')?.click();
  });
}
