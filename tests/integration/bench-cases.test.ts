import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asParsed, generateCorpus } from '../../bench/corpus.ts';
import { queryCases } from '../../bench/query-cases.ts';
import { ingestDocuments } from '../../src/ingest/ingest-service.ts';
import { type Database, namedQuery } from '../../src/neo4j/database.ts';
import { connectTestDatabase, resetGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// The benchmark's requests, on a small corpus: each answers without errors through the service and its raw Cypher
// returns rows, so that a schema or model change breaks a test here rather than an hour into a 100k run.

let db: Database;
const corpus = generateCorpus({ articles: 60, claimsPerArticle: 4 }, 11);
beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
  const loaded = await ingestDocuments(db, asParsed(corpus), { batchSize: 20 });
  expect(loaded.counts.failed).toBe(0);
});
afterAll(() => db.close());

describe('benchmark requests', () => {
  it.each(queryCases(corpus).map((c) => [c.name, c] as const))(
    '%s: the service and raw Cypher both answer',
    async (_, c) => {
      const answer = await graphqlClient(db)(c.graphql);
      expect(answer.errors).toBeUndefined();
      expect(JSON.stringify(answer.data).length).toBeGreaterThan(20);
      const raw = await db.read(namedQuery('benchRaw', c.cypher, z.unknown()), c.params);
      expect(raw.length).toBeGreaterThan(0);
    },
  );
});
