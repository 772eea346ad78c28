import cytoscape from '/assets/vendor/cytoscape.esm.min.mjs';
import { style } from './graph-style.js';

// The drawing (styles in graph-style.js), its layout in rings around the start, selection and keyboard steps.

const words = (value) => value?.toLowerCase().replaceAll('_', ' ') ?? '';

/** How many claims an edge stands for: exactly (×12), at most (≤12: see linkShown) or at least (12+: a sample). */
export function countText(edge) {
  return edge.bound === 'atMost' ? `≤${edge.count}` : edge.bound === 'atLeast' ? `${edge.count}+` : `×${edge.count}`;
}

export function edgeLabel(edge) {
  if (edge.tie) return words(edge.type);
  const what = `${edge.polarity === 'DENIED' ? 'denied ' : ''}${words(edge.type)} ${countText(edge)}`;
  return edge.drafts ? `${what} (${edge.drafts} draft${edge.drafts > 1 ? 's' : ''})` : what;
}

/** Line width by claims counted: 1 claim is a plain line, hundreds a thick one (log scale, capped). */
const widthOf = (count) => Math.min(12, 2 + 2 * Math.log2(Math.max(1, count)));

function elements(view) {
  const nodes = view.nodes.map((actor) => ({
    group: 'nodes',
    data: { id: actor.id, label: actor.name, kind: actor.kind },
    classes: [view.focus.includes(actor.id) ? 'focus' : '', actor.rolled ? 'rolled' : ''].filter(Boolean).join(' '),
  }));
  const edges = view.edges.map((edge) => ({
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      certainty: edge.certainty,
      count: edge.count,
      width: edge.tie ? 1.2 : widthOf(edge.count),
      label: edgeLabel(edge),
    },
    classes: [
      edge.tie ? 'tie' : 'link',
      edge.polarity === 'DENIED' ? 'denied' : '',
      // Every claim counted is a draft nobody reviewed yet: drawn faint.
      !edge.tie && edge.drafts >= edge.count ? 'drafts' : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
  return [...nodes, ...edges];
}

export function createGraphView(container, handlers) {
  const cy = cytoscape({ container, style, minZoom: 0.1, maxZoom: 3 });
  cy.on('tap', 'node', (event) => handlers.onNode(event.target.id()));
  cy.on('tap', 'edge', (event) => handlers.onEdge(event.target.id()));
  let keyboardIndex = -1;

  /** Replaces what is drawn; lays out again only when actors came or went. Resolves with the ms that took, or null. */
  function render(view) {
    const started = performance.now();
    const wanted = new Set([...view.nodes.map((n) => n.id), ...view.edges.map((e) => e.id)]);
    const before = new Set(cy.nodes().map((n) => n.id()));
    cy.batch(() => {
      cy.elements()
        .filter((el) => !wanted.has(el.id()))
        .remove();
      for (const element of elements(view)) {
        const existing = cy.getElementById(element.data.id);
        if (existing.nonempty()) {
          existing.data(element.data);
          existing.classes(element.classes);
        } else cy.add(element);
      }
    });
    const changed = cy.nodes().some((n) => !before.has(n.id())) || cy.nodes().length !== before.size;
    if (!changed) return Promise.resolve(null);
    const levels = distances(view.focus);
    const top = Math.max(0, ...levels.values());
    // Rings around the start: the actors it began from in the middle, their neighbours around, and so on.
    const layout = cy.layout({
      name: 'concentric',
      concentric: (node) => top + 1 - (levels.get(node.id()) ?? top + 1),
      levelWidth: () => 1,
      minNodeSpacing: cy.nodes().length > 150 ? 6 : 40,
      spacingFactor: cy.nodes().length > 150 ? 1 : 2.6,
      animate: false,
    });
    const done = layout.promiseOn('layoutstop');
    layout.run();
    return done.then(() => {
      cy.fit(undefined, 40);
      // A handful of actors would otherwise be blown up to fill the screen.
      if (cy.zoom() > 1.3) {
        cy.zoom(1.3);
        cy.center();
      }
      return performance.now() - started;
    });
  }

  /** Links from the start actors to each drawn actor (breadth first); unreached ones are left out. */
  function distances(focus) {
    const levels = new Map();
    let frontier = cy.nodes().filter((n) => focus.includes(n.id()));
    if (frontier.empty()) frontier = cy.nodes().max((n) => n.degree()).ele ?? frontier;
    for (let level = 0; frontier.nonempty(); level++) {
      frontier.forEach((node) => {
        levels.set(node.id(), level);
      });
      frontier = frontier.neighborhood('node').filter((n) => !levels.has(n.id()));
    }
    return levels;
  }

  function select(id) {
    cy.elements().unselect();
    const element = id ? cy.getElementById(id) : cy.collection();
    if (element.nonempty()) element.select();
    return element.nonempty();
  }

  function mark(className, ids) {
    cy.elements(`.${className}`).removeClass(className);
    for (const id of ids) cy.getElementById(id).addClass(className);
  }

  /** Arrow keys move a highlight between actors (by name); returns the actor now highlighted. */
  function step(delta) {
    const nodes = cy.nodes().sort((a, b) => a.data('label').localeCompare(b.data('label')));
    if (nodes.length === 0) return undefined;
    keyboardIndex = (keyboardIndex + delta + nodes.length) % nodes.length;
    const node = nodes[keyboardIndex];
    mark('keyboard', [node.id()]);
    cy.animate({ center: { eles: node } }, { duration: 150 });
    return node.id();
  }

  const edgesOf = (id) =>
    cy
      .getElementById(id)
      .connectedEdges('.link')
      .map((e) => e.id());

  return { cy, render, select, mark, step, edgesOf };
}
