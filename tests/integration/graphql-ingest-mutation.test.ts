import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, newApiKey } from '../../src/graphql/auth.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { connectTestDatabase, graphFingerprint, ingestJson, resetGraph } from '../helpers/database.ts';
import { article, gazetteer, supportClaim } from '../helpers/fixtures.ts';
import { graphqlClient } from '../helpers/graphql.ts';

const writerKey = newApiKey();
const readerKey = newApiKey();
let db: Database;
let query: ReturnType<typeof graphqlClient>;

const INGEST = 'mutation ($doc: JSON!) { ingestArticle(document: $doc) { status articleId } }';

beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
  await ingestJson(db, 'gazetteer.json', gazetteer);
  query = graphqlClient(db, [
    { role: 'writer', sha256: hashApiKey(writerKey) },
    { role: 'reader', sha256: hashApiKey(readerKey) },
  ]);
});
afterAll(() => db.close());

describe('ingestArticle', () => {
  it('refuses callers without a writer key, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const anonymous = await query(INGEST, { doc: article() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await query(INGEST, { doc: article() }, readerKey);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrong = await query(INGEST, { doc: article() }, newApiKey());
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'The API key sent is not valid',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('loads an article for a writer, and reports a second identical call unchanged', async () => {
    const first = await query(INGEST, { doc: article({ id: 'via-graphql' }) }, writerKey);
    expect(first).toEqual({ data: { ingestArticle: { status: 'CREATED', articleId: 'via-graphql' } } });
    const again = await query(INGEST, { doc: article({ id: 'via-graphql' }) }, writerKey);
    expect(again.data).toEqual({ ingestArticle: { status: 'UNCHANGED', articleId: 'via-graphql' } });
  });

  it('refuses an invalid document naming the field, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const result = await query(
      INGEST,
      { doc: article({ id: 'broken', claims: [supportClaim({ subject: 'nigerr' })] }) },
      writerKey,
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'document.claims[0].subject: unknown actor "nigerr" — did you mean "niger"?',
      extensions: { code: 'BAD_USER_INPUT', argument: 'document.claims[0].subject' },
    });
    expect(await graphFingerprint(db)).toBe(before);
  });
});
