// The same claims as the drawing, as a table: for screen readers, keyboards and narrow screens.

import { edgeLabel } from './graph-view.js';
import { el, words } from './panel.js';

export function renderList(body, view, actors, open) {
  const name = (id) => actors.get(id)?.name ?? id;
  const rows = view.edges
    .filter((edge) => edge.claim)
    .sort((a, b) => a.claim.when.start.localeCompare(b.claim.when.start))
    .map((edge) =>
      el(
        'tr',
        {},
        el('td', {}, name(edge.source)),
        el(
          'td',
          {},
          el(
            'button',
            { type: 'button', class: 'link', 'data-claim': edge.id, onclick: () => open(edge.id) },
            edgeLabel(edge),
          ),
        ),
        el('td', {}, name(edge.target)),
        el('td', {}, words(edge.claim.certainty)),
        el('td', {}, edge.claim.when.value),
      ),
    );
  body.replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: '5' }, 'No claim in view.'))]));
}
