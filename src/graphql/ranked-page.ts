import type { Keyset } from '../graph/pagination.ts';
import { connection } from './connection.ts';
import type { Connection } from './parents.ts';

/**
 * A page of an already ranked, bounded list (search results): the cursor holds the rank and id of the last row,
 * and the next page starts after that id (or after that rank if the id has gone).
 */
export function rankedPage<T extends { id: string }>(
  ranked: T[],
  first: number,
  after: Keyset | undefined,
): Connection<T> {
  let start = 0;
  if (after) {
    const index = ranked.findIndex((row) => row.id === after.id);
    start = index >= 0 ? index + 1 : Number(after.key) + 1 || 0;
  }
  const rows = ranked.slice(start, start + first + 1).map((row, i) => ({ row, rank: start + i }));
  const page = connection(
    rows,
    first,
    (r) => ({ key: String(r.rank), id: r.row.id }),
    async () => ranked.length,
  );
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.row })) };
}
