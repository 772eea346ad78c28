import type DataLoader from 'dataloader';

/**
 * Loads several ids through a batching loader. A failed batch is an error for the field (its message and code go
 * to the client): a list that silently lost items would look like a complete answer. Ids the graph no longer has
 * (removed between two queries of the request) are left out.
 */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  const failed = rows.find((row): row is Error => row instanceof Error);
  if (failed) throw failed;
  return rows.filter((row): row is T => row !== null);
}
