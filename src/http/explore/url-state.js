// The view lives in the query string, so a URL restores it: where it started, what was expanded, the filters,
// the selected link (`edge`, or a claim id from older links), the claim opened and the path asked for. Lists are comma-separated; defaults are left out.

import { CERTAINTIES, CLAIM_KINDS, SUPPORT_TYPES } from './graph-model.js';

export const DEFAULT_CAP = 150;

const list = (value, allowed) => {
  if (!value) return null;
  const items = value.split(',').filter((item) => !allowed || allowed.includes(item));
  return items.length ? items : null;
};
const month = (value) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(value ?? '') ? value : null);

export function readState(search) {
  const params = new URLSearchParams(search);
  const start = /^(actor|operation|location):(.+)$/.exec(params.get('start') ?? '');
  const depth = Number(params.get('depth'));
  const cap = Number(params.get('cap'));
  return {
    start: start ? { type: start[1], id: start[2] } : null,
    expand: list(params.get('expand')) ?? [],
    depth: [1, 2, 3].includes(depth) ? depth : 1,
    from: month(params.get('from')),
    to: month(params.get('to')),
    minCertainty: CERTAINTIES.includes(params.get('min')) ? params.get('min') : 'POSSIBLE',
    kinds: list(params.get('kinds'), CLAIM_KINDS),
    supportTypes: list(params.get('types'), SUPPORT_TYPES),
    rollUp: params.get('rollup') === '1',
    ties: params.get('ties') !== '0',
    drafts: params.get('drafts') !== '0',
    cap: Number.isInteger(cap) && cap > 0 ? cap : DEFAULT_CAP,
    edge: params.get('edge'),
    claim: params.get('claim'),
    path: list(params.get('path'))?.slice(0, 2) ?? null,
  };
}

export function writeState(state) {
  const params = new URLSearchParams();
  const set = (name, value) => {
    if (value !== null && value !== undefined && value !== '') params.set(name, String(value));
  };
  set('start', state.start ? `${state.start.type}:${state.start.id}` : null);
  set('expand', state.expand.join(','));
  if (state.depth !== 1) set('depth', state.depth);
  set('from', state.from);
  set('to', state.to);
  if (state.minCertainty !== 'POSSIBLE') set('min', state.minCertainty);
  set('kinds', state.kinds?.join(','));
  set('types', state.supportTypes?.join(','));
  if (state.rollUp) set('rollup', '1');
  if (!state.ties) set('ties', '0');
  if (!state.drafts) set('drafts', '0');
  if (state.cap !== DEFAULT_CAP) set('cap', state.cap);
  set('edge', state.edge);
  set('claim', state.claim);
  set('path', state.path?.join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** /export with the same selection as the view (see the export's query parameters). */
export function exportHref(state, format) {
  const params = new URLSearchParams({ format });
  if (state.start?.type === 'operation') params.append('operation', state.start.id);
  if (state.start?.type === 'location') params.set('location', state.start.id);
  if (state.start?.type === 'actor') {
    for (const id of new Set([state.start.id, ...state.expand])) params.append('actor', id);
    params.set('depth', String(state.depth));
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  for (const kind of state.kinds ?? []) params.append('kind', kind);
  for (const type of state.supportTypes ?? []) params.append('support-type', type);
  if (state.minCertainty !== 'POSSIBLE') params.set('min-certainty', state.minCertainty);
  return `/export?${params}`;
}
