import { ValidationError } from '../errors.ts';
import type { SelectionInput } from './selection.ts';

// One table maps an export selection to its parameter names, used by GET /export's query string, the CLI's flags
// and the GraphQL download link alike: the same name means the same thing everywhere.

type Kind = 'list' | 'one' | 'int' | 'flag';

const PARAMS = {
  operation: { key: 'operations', kind: 'list' },
  actor: { key: 'actors', kind: 'list' },
  depth: { key: 'depth', kind: 'int' },
  'roll-up': { key: 'rollUp', kind: 'flag', default: false },
  alliance: { key: 'alliance', kind: 'one' },
  location: { key: 'location', kind: 'one' },
  from: { key: 'from', kind: 'one' },
  to: { key: 'to', kind: 'one' },
  kind: { key: 'claimKinds', kind: 'list' },
  'support-type': { key: 'supportTypes', kind: 'list' },
  'min-certainty': { key: 'minCertainty', kind: 'one' },
  drafts: { key: 'drafts', kind: 'one', default: 'INCLUDE' },
  evidence: { key: 'includeEvidence', kind: 'flag', default: true },
  view: { key: 'view', kind: 'one' },
  weighted: { key: 'weighted', kind: 'flag', default: false },
} as const satisfies Record<string, { key: keyof SelectionInput; kind: Kind; default?: boolean | string }>;

export type SelectionParam = keyof typeof PARAMS;
export const SELECTION_PARAMS = Object.keys(PARAMS) as SelectionParam[];

const invalid = (path: string, message: string) => new ValidationError('selection', [{ path, message }]);

function convert(name: SelectionParam, values: string[]): unknown {
  const { kind } = PARAMS[name];
  if (kind === 'list') return values;
  if (values.length > 1) throw invalid(name, 'given more than once');
  const value = values[0]!;
  if (kind === 'int') {
    if (!/^\d{1,3}$/.test(value)) throw invalid(name, 'expected a whole number');
    return Number(value);
  }
  if (kind === 'flag') {
    if (value !== 'true' && value !== 'false') throw invalid(name, 'expected true or false');
    return value === 'true';
  }
  return value;
}

/**
 * A selection from named parameters (query string or flags). Unknown names are refused: a typo such as
 * `operations=` would otherwise select the whole graph.
 */
export function selectionFromParams(
  params: Iterable<[string, string]>,
  ignore: readonly string[] = [],
): SelectionInput {
  const grouped = new Map<SelectionParam, string[]>();
  for (const [name, value] of params) {
    if (ignore.includes(name)) continue;
    if (!Object.hasOwn(PARAMS, name)) {
      throw invalid(name, `unknown parameter; expected one of ${[...ignore, ...SELECTION_PARAMS].join(', ')}`);
    }
    const list = grouped.get(name as SelectionParam) ?? [];
    list.push(value);
    grouped.set(name as SelectionParam, list);
  }
  const selection: Record<string, unknown> = {};
  for (const [name, values] of grouped) selection[PARAMS[name].key] = convert(name, values);
  return selection as SelectionInput;
}

/** The parameters of a selection, in table order: the inverse of selectionFromParams. */
export function selectionToParams(selection: Partial<Record<string, unknown>>): [string, string][] {
  const params: [string, string][] = [];
  for (const name of SELECTION_PARAMS) {
    const value = selection[PARAMS[name].key];
    const param: { kind: Kind; default?: boolean | string } = PARAMS[name];
    // Defaults are left out, so links stay as short as the selection.
    if (value === null || value === undefined || value === param.default) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.push([name, String(v)]);
  }
  return params;
}

/** Command-line options for the table: a flag on by default is `--no-<name>`, lists repeat, the rest take a value. */
export function selectionCliOptions() {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const name of SELECTION_PARAMS) {
    const param: { kind: Kind; default?: boolean | string } = PARAMS[name];
    if (param.kind === 'flag') options[param.default === true ? `no-${name}` : name] = { type: 'boolean' };
    else options[name] = { type: 'string', multiple: param.kind === 'list' };
  }
  return options;
}

/** The named parameters parsed command-line options stand for (see selectionCliOptions). */
export function paramsFromCliValues(values: Record<string, unknown>): [string, string][] {
  const params: [string, string][] = [];
  for (const [option, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const negated = option.startsWith('no-') && Object.hasOwn(PARAMS, option.slice(3));
    const name = negated ? option.slice(3) : option;
    if (negated) params.push([name, String(!value)]);
    else for (const v of Array.isArray(value) ? value : [value]) params.push([name, String(v)]);
  }
  return params;
}
