import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { migrate } from '../../src/graph/migrations.ts';
import { silentLogger } from '../../src/logger.ts';
import { type Database, namedQuery } from '../../src/neo4j/database.ts';
import { connectTestDatabase, ingestJson, resetGraph } from '../helpers/database.ts';
import { article, gazetteer, supportClaim } from '../helpers/fixtures.ts';

// The loader finds an aggregated link by its key (a unique relationship property) rather than by expanding the
// links of its two actors. So every link must carry its key, a graph from before keys gets them by migration, and a
// key can never be held by two links: a missing key would make the loader create the link again beside the old one.

const KEYS = namedQuery(
  'testLinkKeys',
  `MATCH (s:Actor)-[l:LINKED]->(o:Actor)
   RETURN s.id + ' ' + o.id + ' ' + l.kind + ' ' + l.polarity AS expected, l.key AS key, l.claims AS claims
   ORDER BY expected`,
  z.object({ expected: z.string(), key: z.string().nullable(), claims: z.number() }),
);

let db: Database;
beforeAll(() => {
  db = connectTestDatabase();
});
afterAll(() => db.close());

describe('aggregated link keys', () => {
  it('are set on every link, and a graph from before them gets them and keeps one link per key', async () => {
    await resetGraph(db);
    await ingestJson(db, 'g.json', gazetteer);
    await ingestJson(db, 'a.json', article({ claims: [supportClaim({ id: 'support-a' })] }));
    const built = await db.read(KEYS);
    expect(built.length).toBeGreaterThan(0);
    for (const link of built) expect(link.key).toBe(link.expected);

    // A version-4 graph: links without keys.
    await db.write(
      namedQuery(
        'testRemoveLinkKeys',
        `CALL () { MATCH ()-[l:LINKED]->() REMOVE l.key }
         MATCH (m:GraphMeta {id: 'schema'}) SET m.version = 4 RETURN m.version AS version`,
        z.object({ version: z.number() }),
      ),
    );
    expect((await db.read(KEYS)).every((l) => l.key === null)).toBe(true);
    await migrate(db, silentLogger);
    expect(await db.read(KEYS)).toEqual(built);

    // A second claim on the same pair updates the migrated link instead of creating another.
    await ingestJson(db, 'b.json', article({ id: 'second', claims: [supportClaim({ id: 'support-b' })] }));
    const after = await db.read(KEYS);
    expect(after.map((l) => l.expected)).toEqual(built.map((l) => l.expected));
    const niger = after.find((l) => l.expected.startsWith('niger '));
    expect(niger?.claims).toBe(built.find((l) => l.expected.startsWith('niger '))!.claims + 1);
  });

  it('a version-4 graph holding two links of one kind on a pair gets them computed again, one per key', async () => {
    const built = await db.read(KEYS);
    await db.write(
      namedQuery(
        'testDoubleALink',
        `CALL () { MATCH ()-[l:LINKED]->() REMOVE l.key }
         CALL () {
           MATCH (s:Actor)-[l:LINKED]->(o:Actor) WITH s, o, l LIMIT 1
           CREATE (s)-[:LINKED {kind: l.kind, polarity: l.polarity, claims: 99}]->(o)
         }
         MATCH (m:GraphMeta {id: 'schema'}) SET m.version = 4 RETURN m.version AS version`,
        z.object({ version: z.number() }),
      ),
    );
    expect((await db.read(KEYS)).length).toBe(built.length + 1);
    await migrate(db, silentLogger);
    expect(await db.read(KEYS)).toEqual(built);
  });

  it('cannot be held by two links', async () => {
    const links = await db.read(KEYS);
    const link = links[0];
    const duplicate = namedQuery(
      'testDuplicateLink',
      `MATCH (s:Actor {id: $s}), (o:Actor {id: $o})
       CREATE (s)-[:LINKED {key: $key, kind: 'SUPPORT', polarity: 'ASSERTED'}]->(o)
       RETURN 1 AS created`,
      z.object({ created: z.number() }),
    );
    const [s, o] = link!.expected.split(' ');
    await expect(db.write(duplicate, { s, o, key: link!.key })).rejects.toThrow();
    expect(await db.read(KEYS)).toEqual(links);
  });
});
