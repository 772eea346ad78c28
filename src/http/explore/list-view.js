// The same links as the drawing, as a table: for screen readers, keyboards and narrow screens.

import { CERTAINTIES } from './graph-model.js';
import { edgeLabel } from './graph-view.js';
import { el, words } from './panel.js';

/** "3 confirmed, 8 reported" from counts weakest first, strongest named first. */
export function certaintyText(certainties) {
  return CERTAINTIES.map((c, rank) => [c, certainties?.[rank] ?? 0])
    .filter(([, n]) => n > 0)
    .reverse()
    .map(([c, n]) => `${n} ${words(c)}`)
    .join(', ');
}

/** The months a link's claims span: "2023-01 – 2023-11", or one month. */
export function spanText(edge) {
  const first = edge.firstDate?.slice(0, 7);
  const last = edge.lastDate?.slice(0, 7);
  if (!first) return '';
  return first === last || !last ? first : `${first} – ${last}`;
}

export function renderList(body, view, actors, open) {
  const name = (id) => actors.get(id)?.name ?? id;
  const rows = view.edges
    .filter((edge) => !edge.tie)
    .sort((a, b) => (a.firstDate ?? '').localeCompare(b.firstDate ?? '') || a.id.localeCompare(b.id))
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
            { type: 'button', class: 'link', 'data-link': edge.id, onclick: () => open(edge.id) },
            edgeLabel(edge),
          ),
        ),
        el('td', {}, name(edge.target)),
        el('td', {}, certaintyText(edge.certainties)),
        el('td', {}, spanText(edge)),
      ),
    );
  body.replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: '5' }, 'No claim in view.'))]));
}
