import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Database, namedQuery } from '../../src/neo4j/database.ts';
import { connectTestDatabase, ingestJson, resetGraph } from '../helpers/database.ts';
import { article, gazetteer } from '../helpers/fixtures.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// Writers ingesting overlapping articles while readers query: no duplicate, no lost article, no failed request.

const WRITERS = 4;
const ARTICLES_PER_WRITER = 10;
const DISTINCT_ARTICLES = 20;

let db: Database;
beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
  await ingestJson(db, 'gazetteer.json', gazetteer);
});
afterAll(() => db.close());

const INTEGRITY = namedQuery(
  'testIntegrity',
  `RETURN COUNT { MATCH (:Article) } AS articles,
          COUNT { MATCH (n) WHERE n.id IS NOT NULL WITH labels(n) AS l, n.id AS id, count(*) AS c WHERE c > 1 RETURN id } AS duplicates,
          COLLECT { MATCH (c:Claim) RETURN {evidences: c.evidenceCount, articles: c.articleCount,
                                            actual: COUNT { (c)<-[:SUPPORTS]-(:Evidence) }} } AS claims`,
  z.object({
    articles: z.number(),
    duplicates: z.number(),
    claims: z.array(z.object({ evidences: z.number(), articles: z.number(), actual: z.number() })),
  }),
);

describe('load with integrity', () => {
  it('parallel writers and readers', async () => {
    const query = graphqlClient(db);
    let writing = true;
    const failures: unknown[] = [];
    let reads = 0;

    const writers = Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = 0; i < ARTICLES_PER_WRITER; i++) {
        const n = (w * 5 + i) % DISTINCT_ARTICLES;
        const summary = await ingestJson(
          db,
          `w${w}-${i}.json`,
          article({ id: `load-${n}`, publisher: `Press ${n % 4}` }),
        );
        if (summary.counts.failed) failures.push(summary.documents[0]);
      }
    });
    const readers = Array.from({ length: 2 }, async () => {
      while (writing) {
        const result = await query(
          '{ supports(filter: { recipient: "mali", rollUp: true }) { totalCount edges { node { corroboration { articles } } } } }',
        );
        reads++;
        if (result.errors) failures.push(result.errors);
      }
    });
    await Promise.all(writers);
    writing = false;
    await Promise.all(readers);

    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    const [state] = await db.read(INTEGRITY);
    expect(state).toEqual({
      articles: DISTINCT_ARTICLES,
      duplicates: 0,
      claims: [{ evidences: DISTINCT_ARTICLES, articles: DISTINCT_ARTICLES, actual: DISTINCT_ARTICLES }],
    });
  }, 180_000);
});
