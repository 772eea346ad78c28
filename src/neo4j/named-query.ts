import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { z } from 'zod';
import { DatabaseError } from './errors.ts';
import { toPlain } from './values.ts';

/** A Cypher statement with a name (for logs and query counting) and the zod schema of one row it returns. */
export interface NamedQuery<Row> {
  name: string;
  cypher: string;
  row: z.ZodType<Row>;
}

export function namedQuery<Schema extends z.ZodType>(
  name: string,
  cypher: string,
  row: Schema,
): NamedQuery<z.infer<Schema>> {
  return { name, cypher, row: row as z.ZodType<z.infer<Schema>> };
}

/** One record as the row its statement promises, or INTERNAL naming the statement and the keys that did not fit. */
export function parseRow<Row>(query: NamedQuery<Row>, record: Neo4jRecord, index: number): Row {
  const parsed = query.row.safeParse(recordObject(record));
  if (!parsed.success) {
    // A row that does not fit its schema is a bug in the query, not the user's fault: say where, not what data.
    throw new DatabaseError(
      'INTERNAL',
      `Query ${query.name} returned an unexpected row ${index}: ${parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
      undefined,
    );
  }
  return parsed.data;
}

/**
 * A record as a plain object of its columns. Not the driver's toObject(), which walks the record through a
 * down-compiled generator: on a walk's thousands of rows that iteration was a tenth of the request's CPU.
 */
function recordObject(record: Neo4jRecord): Record<string, unknown> {
  const keys = record.keys;
  const row: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) row[keys[i] as string] = toPlain(record.get(i));
  return row;
}
