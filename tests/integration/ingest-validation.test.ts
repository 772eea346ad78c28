import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../src/ingest/article-format.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { connectTestDatabase, graphFingerprint, ingestJson, resetGraph } from '../helpers/database.ts';
import { article, gazetteer, supportClaim } from '../helpers/fixtures.ts';

let db: Database;

beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
  await ingestJson(db, 'gazetteer.json', gazetteer);
});
afterAll(() => db.close());

/** Ingests a broken document, checks it failed with the issue expected and that the graph did not change. */
async function expectRejected(json: unknown, path: string, message: RegExp) {
  const before = await graphFingerprint(db);
  const summary = await ingestJson(db, 'broken.json', json);
  expect(summary.counts.failed).toBe(1);
  const issues = summary.documents[0]?.issues ?? [];
  expect(issues).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
  expect(await graphFingerprint(db)).toBe(before);
}

describe('malformed articles are refused with the field named, and nothing is written', () => {
  it('missing field', async () => {
    const doc = article();
    delete (doc.article as Record<string, unknown>).publisher;
    await expectRejected(doc, 'article.publisher', /expected string/i);
  });

  it('wrong type', async () => {
    await expectRejected(
      article({ claims: [supportClaim({ officiallyAcknowledged: 'no' })] }),
      'claims[0].officiallyAcknowledged',
      /boolean/,
    );
  });

  it('misspelt field', async () => {
    await expectRejected(article({ claims: [supportClaim({ suporter: 'niger' })] }), 'claims[0]', /suporter/);
  });

  it('bad date', async () => {
    await expectRejected(
      article({ claims: [supportClaim({ date: '2023-02-30' })] }),
      'claims[0].date',
      /day 30 does not exist/,
    );
  });

  it('a publication date in the future', async () => {
    const doc = article();
    (doc.article as Record<string, unknown>).publishedAt = '2099-01-01';
    await expectRejected(doc, 'article.publishedAt', /in the future/);
  });

  it('a link that is not a web address', async () => {
    const doc = article();
    (doc.article as Record<string, unknown>).url = 'javascript:alert(document.domain)';
    await expectRejected(doc, 'article.url', /http or https/);
  });

  it('unknown reference, with a suggestion', async () => {
    await expectRejected(
      article({ claims: [supportClaim({ subject: 'nigerr' })] }),
      'claims[0].subject',
      /unknown actor "nigerr" — did you mean "niger"\?/,
    );
  });

  it('duplicate id', async () => {
    const op = { id: 'op-dup', name: 'Dup', eventType: 'BATTLE', date: '2023' };
    await expectRejected(article({ operations: [op, op], claims: [] }), 'operations[1].id', /duplicate id "op-dup"/);
  });

  it('the same fact twice in one article', async () => {
    await expectRejected(
      article({ claims: [supportClaim(), supportClaim()] }),
      'claims[1]',
      /same fact as claims\[0\]/,
    );
  });

  it('oversized text', async () => {
    await expectRejected(article({ text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }), 'article.text', /longer than/);
  });

  it('a quote that is not in the text', async () => {
    const claim = supportClaim({ evidence: [{ quote: 'Le Niger a envoyé des chars', certainty: 'REPORTED' }] });
    await expectRejected(article({ claims: [claim] }), 'claims[0].evidence[0].quote', /not found verbatim/);
  });

  it('a claim kind without what it needs', async () => {
    await expectRejected(
      article({ claims: [supportClaim({ supportType: undefined })] }),
      'claims[0].supportType',
      /required for a SUPPORT/,
    );
  });

  it('invalid JSON', async () => {
    const { parseJsonDocument } = await import('../../src/ingest/read-documents.ts');
    const parsed = await parseJsonDocument('x.json', '{"kind": "article",');
    expect(parsed).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/invalid JSON/) }] });
  });
});
