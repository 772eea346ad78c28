import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Database, namedQuery } from '../../src/neo4j/database.ts';
import { DatabaseError } from '../../src/neo4j/errors.ts';
import { connectTestDatabase } from '../helpers/database.ts';

// Records become rows without the driver's toObject(), their nested lists and maps converted in place (named-query.ts,
// values.ts): the values must come out as before, and a row that does not fit its statement's schema must still be
// refused, naming the statement and the column.

let db: Database;
beforeAll(() => {
  db = connectTestDatabase();
});
afterAll(() => db.close());

describe('rows read from Neo4j', () => {
  it('are refused, naming the statement and the column, when they do not fit the schema', async () => {
    const wrongType = namedQuery(
      'wrongTypeRow',
      "RETURN 'seven' AS n, 1 AS m",
      z.object({ n: z.number(), m: z.number() }),
    );
    const missing = namedQuery('missingColumnRow', 'RETURN 1 AS m', z.object({ n: z.number(), m: z.number() }));
    const nested = namedQuery(
      'nestedRow',
      'RETURN [{id: 1}] AS items',
      z.object({ items: z.array(z.object({ id: z.string() })) }),
    );
    for (const [query, column] of [
      [wrongType, 'n'],
      [missing, 'n'],
      [nested, 'items.0.id'],
    ] as const) {
      const error = await db.read(query as typeof wrongType).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as DatabaseError).failure).toBe('INTERNAL');
      expect((error as Error).message).toContain(`Query ${query.name} returned an unexpected row 0: ${column}:`);
    }
  });

  it('turn temporal values into ISO strings at any depth, and keep nulls, lists and maps', async () => {
    const query = namedQuery(
      'temporalRow',
      `RETURN date('2024-01-02') AS d, [date('2024-01-03'), null, 1] AS l,
              {at: datetime('2024-01-04T05:06:07Z'), in: [{on: date('2024-01-05')}], none: null} AS m`,
      z.object({
        d: z.string(),
        l: z.array(z.union([z.string(), z.number()]).nullable()),
        m: z.object({ at: z.string(), in: z.array(z.object({ on: z.string() })), none: z.null() }),
      }),
    );
    expect(await db.read(query)).toEqual([
      {
        d: '2024-01-02',
        l: ['2024-01-03', null, 1],
        m: { at: '2024-01-04T05:06:07Z', in: [{ on: '2024-01-05' }], none: null },
      },
    ]);
  });
});
