import { type Keyset, toPage } from '../graph/pagination.ts';
import type { Connection } from './parents.ts';

export function connection<T>(
  rows: T[],
  first: number,
  position: (row: T) => Keyset,
  count: () => Promise<number>,
): Connection<T> {
  return { ...toPage(rows, first, position), totalCount: count };
}
