import {
  type DocumentNode,
  GraphQLID,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  getOperationAST,
  isInputObjectType,
  isListType,
  Kind,
  valueFromAST,
} from 'graphql';

// What a cached answer depends on besides the entities it shows: the ids its root fields were asked about. A
// claim enters or leaves `supports(filter: { operation: "op-1", supporter: "russia" })` only if it names every
// id of the filter (the criteria are conjunctive), so a change touching none of them cannot change the answer.
// Answers that no id bounds depend on the whole graph: searches and lists without an id, traversals (a new
// claim anywhere may open a path), roll-ups and places (a hierarchy reaches ids the request does not name).

export type CacheScope = { ids: string[] } | 'graph';

const TRAVERSALS = new Set(['neighborhood', 'paths', 'graphInfo']);

/** Collects the ID values of an argument into `into`; true when the argument asks for a hierarchy. */
function collectIds(name: string, type: GraphQLInputType, value: unknown, into: Set<string>): boolean {
  if (value === null || value === undefined) return false;
  if ((name === 'rollUp' && value === true) || name === 'location') return true;
  const nullable = getNullableType(type);
  if (isListType(nullable) && Array.isArray(value)) {
    return value.map((v) => collectIds(name, nullable.ofType, v, into)).some(Boolean);
  }
  if (isInputObjectType(nullable)) {
    const fields = Object.entries(nullable.getFields());
    return fields
      .map(([key, f]) => collectIds(key, f.type, (value as Record<string, unknown>)[key], into))
      .some(Boolean);
  }
  if (nullable === GraphQLID) into.add(String(value));
  return false;
}

export function cacheScope(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): CacheScope {
  const operation = getOperationAST(document, operationName);
  const fields = schema.getQueryType()?.getFields();
  if (operation?.operation !== 'query' || !fields) return 'graph';
  const ids = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    // A fragment at the root is rare: not worth resolving, the answer is just scoped to the graph.
    if (selection.kind !== Kind.FIELD) return 'graph';
    const name = selection.name.value;
    if (name === '__typename') continue;
    const field = fields[name];
    if (!field || TRAVERSALS.has(name)) return 'graph';
    const found = new Set<string>();
    for (const arg of field.args) {
      const node = selection.arguments?.find((a) => a.name.value === arg.name);
      const value = node ? valueFromAST(node.value, arg.type, variables ?? undefined) : arg.defaultValue;
      if (collectIds(arg.name, arg.type, value, found)) return 'graph';
    }
    if (found.size === 0) return 'graph';
    for (const id of found) ids.add(id);
  }
  return ids.size > 0 ? { ids: [...ids] } : 'graph';
}
