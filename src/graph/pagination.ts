import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;

/** A keyset position: the sort key and id of the last row seen. Rows inserted later never shift a page. */
export interface Keyset {
  key: string;
  id: string;
}

const keysetSchema = z.tuple([z.string(), z.string()]);

export function encodeCursor(position: Keyset): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Keyset | undefined {
  try {
    const parsed = keysetSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { key: parsed.data[0], id: parsed.data[1] } : undefined;
  } catch {
    return undefined;
  }
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Rows were fetched with LIMIT first + 1: the extra row only says whether there is a next page. */
export function toPage<T>(rows: T[], first: number, position: (row: T) => Keyset): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(position(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
