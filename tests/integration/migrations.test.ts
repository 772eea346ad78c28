import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GRAPH_SCHEMA_VERSION, MIGRATIONS, migrate } from '../../src/graph/migrations.ts';
import { silentLogger } from '../../src/logger.ts';
import { type Database, namedQuery } from '../../src/neo4j/database.ts';
import { connectTestDatabase, ingestJson, resetGraph } from '../helpers/database.ts';
import { article, gazetteer } from '../helpers/fixtures.ts';

let db: Database;
beforeAll(() => {
  db = connectTestDatabase();
});
afterAll(() => db.close());

const SCHEMA_OBJECTS = namedQuery(
  'testSchemaObjects',
  'SHOW INDEXES YIELD name RETURN count(name) AS indexes',
  z.object({ indexes: z.number() }),
);

describe('migrations', () => {
  it('are idempotent', async () => {
    await resetGraph(db);
    const before = await db.read(SCHEMA_OBJECTS);
    await migrate(db, silentLogger);
    await migrate(db, silentLogger);
    expect(await db.read(SCHEMA_OBJECTS)).toEqual(before);
    expect(before[0]!.indexes).toBeGreaterThanOrEqual(MIGRATIONS.length);
  });

  it('recompute derived claim properties for a graph loaded by an older version', async () => {
    await resetGraph(db);
    await ingestJson(db, 'g.json', gazetteer);
    await ingestJson(db, 'a.json', article());
    // What a version-1 graph looked like: no `when`, and the version recorded as 1.
    await db.write(
      namedQuery(
        'testDowngrade',
        `MATCH (c:Claim) REMOVE c.when, c.whenBasis
         WITH count(c) AS n MATCH (m:GraphMeta {id: 'schema'}) SET m.version = 1 RETURN n`,
        z.object({ n: z.number() }),
      ),
    );
    await migrate(db, silentLogger);
    const rows = await db.read(
      namedQuery(
        'testWhen',
        "MATCH (c:Claim) RETURN c.when AS when, c.whenBasis AS basis, COLLECT { MATCH (m:GraphMeta {id: 'schema'}) RETURN m.version }[0] AS version",
        z.object({ when: z.string().nullable(), basis: z.string().nullable(), version: z.number() }),
      ),
    );
    expect(rows).toEqual([{ when: '2023-11-14', basis: 'OPERATION', version: GRAPH_SCHEMA_VERSION }]);
  });
});
