import { type DocumentNode, Kind } from 'graphql';

/**
 * True when every operation in the document selects only `__schema`, `__type` or `__typename` at its root.
 * Such a query's size is bounded by the schema, not the graph (and INTROSPECTION=false turns it off), so the
 * list-aware cost estimate, which would price GraphiQL's own schema query far above any real one, does not apply.
 */
export function isIntrospectionOnly(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return (
    operations.length > 0 &&
    operations.every((op) =>
      op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__')),
    )
  );
}
