// How the drawing looks: actors as nodes (kind by shape and colour), links as edges (one per pair, claim kind and
// polarity: kind by colour, width by claims counted, the strongest certainty counted by line: solid reported or
// confirmed, dashed possible, dotted alternative), denials grey, dashed and bar-ended, links of drafts only faint,
// hierarchy ties thin, dotted and grey.

const NODE_KINDS = {
  STATE: ['round-rectangle', '#1f6feb'],
  STATE_ARMED_FORCE: ['rectangle', '#0b3d91'],
  NON_STATE_ARMED_GROUP: ['triangle', '#c92a2a'],
  PRIVATE_MILITARY_COMPANY: ['diamond', '#8a4b08'],
  ALLIANCE: ['hexagon', '#0c8599'],
  INTERNATIONAL_ORGANISATION: ['octagon', '#5f3dc4'],
  PERSON: ['ellipse', '#495057'],
  CIVILIANS: ['star', '#e67700'],
  OTHER: ['ellipse', '#868e96'],
};
export const EDGE_COLOURS = {
  SUPPORT: '#2b8a3e',
  DEPLOYMENT: '#1971c2',
  WITHDRAWAL: '#74c0fc',
  COMBAT: '#e03131',
  CONTROL: '#9c36b5',
  STATEMENT: '#f08c00',
  MEMBERSHIP: '#0c8599',
};

export const style = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': 110,
      'text-background-color': '#fff',
      'text-background-opacity': 0.8,
      'text-background-padding': 1,
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#fff',
      'min-zoomed-font-size': 6,
    },
  },
  ...Object.entries(NODE_KINDS).map(([kind, [shape, colour]]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape, 'background-color': colour },
  })),
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#ffd43b', width: 34, height: 34 } },
  { selector: 'node.rolled', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#adb5bd' } },
  { selector: 'node.keyboard', style: { 'overlay-color': '#ffd43b', 'overlay-opacity': 0.35, 'overlay-padding': 8 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'curve-style': 'bezier',
      'control-point-step-size': 28,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      label: 'data(label)',
      'font-size': 9,
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'min-zoomed-font-size': 7,
      color: '#343a40',
    },
  },
  ...Object.entries(EDGE_COLOURS).map(([kind, colour]) => ({
    selector: `edge[type = "${kind}"]`,
    style: { 'line-color': colour, 'target-arrow-color': colour },
  })),
  { selector: 'edge[certainty = "POSSIBLE"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5] } },
  { selector: 'edge[certainty = "ALTERNATIVE"]', style: { 'line-style': 'dotted' } },
  {
    selector: 'edge.tie',
    style: {
      width: 1.2,
      'line-color': '#adb5bd',
      'target-arrow-color': '#adb5bd',
      'line-style': 'dotted',
      'font-size': 8,
      color: '#868e96',
    },
  },
  {
    selector: 'edge.denied',
    style: {
      'target-arrow-shape': 'tee',
      'line-color': '#495057',
      'target-arrow-color': '#495057',
      'line-style': 'dashed',
      'line-dash-pattern': [2, 4],
      color: '#c92a2a',
    },
  },
  { selector: 'edge.drafts', style: { 'line-opacity': 0.45, 'text-opacity': 0.7 } },
  { selector: 'edge.partner', style: { 'underlay-color': '#cc5de8', 'underlay-opacity': 0.5, 'underlay-padding': 5 } },
  {
    selector: 'edge.path, node.path',
    style: { 'overlay-color': '#f76707', 'overlay-opacity': 0.3, 'overlay-padding': 6 },
  },
  { selector: ':selected', style: { 'overlay-color': '#1c7ed6', 'overlay-opacity': 0.3, 'overlay-padding': 6 } },
];
