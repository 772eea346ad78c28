import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asParsed, generateCorpus } from '../../bench/corpus.ts';
import { REFRESH_CLAIMS } from '../../src/graph/claim-write-queries.ts';
import { ingestDocuments } from '../../src/ingest/ingest-service.ts';
import { parseDocument } from '../../src/ingest/read-documents.ts';
import { CERTAINTIES } from '../../src/model/vocabulary.ts';
import { type Database, namedQuery } from '../../src/neo4j/database.ts';
import { connectTestDatabase, ingestJson, loadSeed, resetGraph } from '../helpers/database.ts';
import { article, gazetteer, supportClaim } from '../helpers/fixtures.ts';

// The loader derives the qualifiers of a claim whose evidence is all in the batch from the rows it writes
// (src/ingest/claim-qualifiers.ts), and those of the others in Neo4j from the graph (REFRESH_BODY). Both must give
// the same claim: after every load below, deriving every claim again from the graph changes no property.

const CLAIMS = namedQuery(
  'testClaimProperties',
  'MATCH (c:Claim) WITH c ORDER BY c.id RETURN c.id AS id, properties(c) AS props',
  z.object({ id: z.string(), props: z.record(z.string(), z.unknown()) }),
);

let db: Database;
beforeAll(() => {
  db = connectTestDatabase();
});
afterAll(() => db.close());

async function expectSameWhenDerivedFromTheGraph() {
  const loaded = await db.read(CLAIMS);
  expect(loaded.length).toBeGreaterThan(0);
  await db.write(REFRESH_CLAIMS, { ids: loaded.map((c) => c.id), certainties: CERTAINTIES });
  expect(await db.read(CLAIMS)).toEqual(loaded);
  return loaded;
}

const TEXT =
  'Le Niger a prêté un avion-cargo à l’armée malienne. Niamey a aussi livré des drones. Le Niger dément avoir livré des drones.';
const quote = (q: string, certainty = 'REPORTED', sources: string[] = []) => ({ quote: q, certainty, sources });
/** One support claim reported by several articles of one batch, each with its own date, materiel and certainty. */
function report(id: string, publisher: string, overrides: Record<string, unknown>) {
  return article({
    id,
    publisher,
    text: TEXT,
    claims: [
      supportClaim({
        evidence: [quote('Le Niger a prêté un avion-cargo', 'POSSIBLE', ['observers']), quote('Niamey a aussi livré')],
        ...overrides,
      }),
    ],
  });
}

const asDraft = { draft: true, extraction: { extractor: 'test', version: '1', rule: 'test/rule', score: 0.5 } };

describe('claim qualifiers derived by the loader', () => {
  it('equal those Neo4j derives from the graph, for new, shared, edited and draft claims', async () => {
    await resetGraph(db);
    await ingestJson(db, 'gazetteer', gazetteer);
    // One batch: three articles on one claim (ties on date broken by evidence id), dates of every precision.
    const batch = [
      report('a-day', 'Press A', { date: '2023-11-10', materiel: 'avion-cargo' }),
      report('a-month', 'Press B', { date: '2023-11', materiel: 'drones', officiallyAcknowledged: false }),
      report('a-tie', 'Press A', { date: '2023-11-10', materiel: 'drones', ...asDraft }),
      report('a-none', 'Press C', { materiel: undefined }),
    ];
    await ingestDocuments(db, await Promise.all(batch.map((doc, i) => parseDocument(`b${i}`, doc))));
    let claims = await expectSameWhenDerivedFromTheGraph();
    const support = claims.find((c) => c.props.evidenceCount === 8);
    expect(support?.props).toMatchObject({ articleCount: 4, publisherCount: 3, materiel: ['avion-cargo', 'drones'] });
    expect(support?.props.whenBasis).toBe('CLAIM');
    // A later article on the same claim (the graph's evidence counts: Neo4j derives it), then edits of an
    // article whose claims no other article states (derived from the rows again): a denial, then a draft.
    await ingestJson(db, 'later', report('a-later', 'Press D', { date: '2023', officiallyAcknowledged: true }));
    await expectSameWhenDerivedFromTheGraph();
    const denial = supportClaim({ polarity: 'DENIED', supportType: 'DRONES', materiel: 'drones' });
    const edit = (claim: Record<string, unknown>) =>
      article({
        id: 'solo',
        text: `${TEXT} Seul.`,
        claims: [{ ...claim, evidence: [quote('Le Niger dément avoir livré des drones')] }],
      });
    // (a draft first: an extraction never replaces an article a writer annotated)
    await ingestJson(db, 'solo', edit({ ...denial, ...asDraft }));
    claims = await expectSameWhenDerivedFromTheGraph();
    expect(claims.some((c) => c.props.polarity === 'DENIED' && c.props.draft === true)).toBe(true);
    await ingestJson(db, 'solo', edit(denial));
    await ingestJson(db, 'solo', edit({ ...denial, date: '2023-11-12' }));
    claims = await expectSameWhenDerivedFromTheGraph();
    const denied = claims.find((c) => c.props.polarity === 'DENIED');
    expect(denied?.props).toMatchObject({ draft: false, date: '2023-11-12', whenBasis: 'CLAIM', evidenceCount: 1 });
  });

  it('equal those Neo4j derives over the seed, then a synthetic corpus loaded in batches', async () => {
    await resetGraph(db);
    await loadSeed(db);
    await expectSameWhenDerivedFromTheGraph();
    const corpus = asParsed(generateCorpus({ articles: 120, claimsPerArticle: 4 }, 11));
    await ingestDocuments(db, corpus, { batchSize: 9 });
    await expectSameWhenDerivedFromTheGraph();
  });
});
