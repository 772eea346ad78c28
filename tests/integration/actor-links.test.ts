import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asParsed, generateCorpus } from '../../bench/corpus.ts';
import { GRAPH_SCHEMA_VERSION, migrate } from '../../src/graph/migrations.ts';
import { ingestDocuments } from '../../src/ingest/ingest-service.ts';
import { reviewDrafts } from '../../src/ingest/review-service.ts';
import { silentLogger } from '../../src/logger.ts';
import { type Database, namedQuery } from '../../src/neo4j/database.ts';
import { connectTestDatabase, graphFingerprint, ingestJson, loadSeed, resetGraph } from '../helpers/database.ts';
import { article, DEFAULT_TEXT, gazetteer, supportClaim } from '../helpers/fixtures.ts';

// The aggregated LINKED relationships must always equal what the claims say, after every kind of write.

const row = z.object({
  s: z.string(),
  o: z.string(),
  kind: z.string(),
  polarity: z.string(),
  claims: z.number(),
  drafts: z.number(),
  evidences: z.number(),
  certainties: z.array(z.number()),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});

/** Computed from the claims and their evidence nodes, independently of the loader's derived properties. */
const FROM_CLAIMS = namedQuery(
  'testLinksFromClaims',
  `MATCH (s:Actor)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Actor)
   WITH s.id AS s, o.id AS o, c.kind AS kind, c.polarity AS polarity, collect(c) AS cs
   RETURN s, o, kind, polarity, size(cs) AS claims,
          size([c IN cs WHERE all(e IN [(c)<-[:SUPPORTS]-(e:Evidence) | e] WHERE e.draft = true)]) AS drafts,
          reduce(n = 0, c IN cs | n + COUNT { (c)<-[:SUPPORTS]-(:Evidence) }) AS evidences,
          [r IN range(0, 3) | size([c IN cs WHERE c.certaintyRank = r])] AS certainties,
          toString(reduce(d = null, c IN cs | CASE WHEN d IS NULL OR c.sortDate < d THEN c.sortDate ELSE d END)) AS firstDate,
          toString(reduce(d = null, c IN cs | CASE WHEN d IS NULL OR c.sortDateEnd > d THEN c.sortDateEnd ELSE d END)) AS lastDate
   ORDER BY s, o, kind, polarity`,
  row,
);

const LINKS = namedQuery(
  'testLinks',
  `MATCH (s:Actor)-[l:LINKED]->(o:Actor)
   RETURN s.id AS s, o.id AS o, l.kind AS kind, l.polarity AS polarity, l.claims AS claims, l.drafts AS drafts,
          l.evidences AS evidences, l.certainties AS certainties,
          toString(l.firstDate) AS firstDate, toString(l.lastDate) AS lastDate
   ORDER BY s, o, kind, polarity`,
  row,
);

let db: Database;
beforeAll(() => {
  db = connectTestDatabase();
});
afterAll(() => db.close());

async function expectLinksExact() {
  const expected = await db.read(FROM_CLAIMS);
  expect(expected.length).toBeGreaterThan(0);
  expect(await db.read(LINKS)).toEqual(expected);
}

const denial = supportClaim({
  polarity: 'DENIED',
  evidence: [{ quote: 'Le Niger a prêté un avion-cargo', certainty: 'REPORTED' }],
});
const wagnerCombat = {
  kind: 'COMBAT',
  subject: 'wagner',
  object: 'fama',
  operation: 'op-test',
  evidence: [{ quote: 'Wagner a peut-être aussi combattu à Kidal', certainty: 'POSSIBLE', hedge: 'peut-être' }],
};
const draft = (claim: Record<string, unknown>) => ({
  ...claim,
  draft: true,
  extraction: { extractor: 'test', version: '1', rule: 'test/rule', score: 0.5 },
});

describe('aggregated actor links', () => {
  it('equal the counts computed from the claims after the seed is loaded, and a re-ingest changes nothing', async () => {
    await resetGraph(db);
    await loadSeed(db);
    await expectLinksExact();
    const before = await graphFingerprint(db);
    await loadSeed(db);
    expect(await graphFingerprint(db)).toBe(before);
    await expectLinksExact();
  });

  it('follow articles that add, move, deny and drop claims, and reviews that accept or reject drafts', async () => {
    await resetGraph(db);
    await ingestJson(db, 'g.json', gazetteer);
    await ingestJson(db, 'a.json', article({ claims: [supportClaim(), wagnerCombat] }));
    await ingestJson(db, 'b.json', article({ id: 'second', publisher: 'Other', claims: [supportClaim(), denial] }));
    await expectLinksExact();

    // The same explicit claim id moved to another subject: the old pair loses it, the new one gains it.
    const moved = { ...wagnerCombat, id: 'combat-1' };
    await ingestJson(db, 'a.json', article({ claims: [supportClaim(), moved] }));
    await ingestJson(db, 'a.json', article({ claims: [supportClaim(), { ...moved, subject: 'russia' }] }));
    await expectLinksExact();
    const links = await db.read(LINKS);
    expect(links.filter((l) => l.s === 'wagner')).toEqual([]);
    // Assertion and denial of the same tie are two links, never one count.
    expect(links.filter((l) => l.s === 'niger' && l.kind === 'SUPPORT').map((l) => [l.polarity, l.claims])).toEqual([
      ['ASSERTED', 1],
      ['DENIED', 1],
    ]);

    // An update that drops every claim but one of the second article: the denial's link goes.
    await ingestJson(
      db,
      'b.json',
      article({ id: 'second', publisher: 'Other', text: 'Le Niger a prêté un avion-cargo.' }),
    );
    await expectLinksExact();
    expect((await db.read(LINKS)).some((l) => l.polarity === 'DENIED')).toBe(false);

    // Drafts: counted as drafts, then accepted (no longer drafts) or rejected (gone with their claim).
    // (a text of its own: an extraction of a text the graph holds under another id is not loaded twice)
    const text = `${DEFAULT_TEXT} Un troisième article le rapporte.`;
    await ingestJson(db, 'c.json', article({ id: 'third', text, claims: [draft(wagnerCombat), draft(denial)] }));
    await expectLinksExact();
    expect((await db.read(LINKS)).filter((l) => l.drafts > 0)).toHaveLength(2);
    const [wagner] = await db.read(
      namedQuery(
        'testWagnerClaim',
        "MATCH (:Actor {id: 'wagner'})<-[:SUBJECT]-(c:Claim) RETURN c.id AS id",
        z.object({ id: z.string() }),
      ),
    );
    await reviewDrafts(db, wagner!.id, 'accept');
    await expectLinksExact();
    await reviewDrafts(db, 'third', 'reject');
    await expectLinksExact();
    const after = await db.read(LINKS);
    expect(after.some((l) => l.drafts > 0)).toBe(false);
    expect(after.some((l) => l.polarity === 'DENIED')).toBe(false);
    expect(after.find((l) => l.s === 'wagner')?.claims).toBe(1);
  });

  it('stay exact when parallel writers add different claims to the same pair', async () => {
    await resetGraph(db);
    await ingestJson(db, 'g.json', gazetteer);
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; i < 6; i++) {
        const id = `parallel-${w}-${i}`;
        const summary = await ingestJson(db, `${id}.json`, article({ id, claims: [supportClaim({ id })] }));
        expect(summary.counts.failed).toBe(0);
      }
    });
    await Promise.all(writers);
    await expectLinksExact();
    expect((await db.read(LINKS)).find((l) => l.s === 'niger')?.claims).toBe(24);
  });

  it('count a fact once when parallel writers state the same claim in different articles', async () => {
    await resetGraph(db);
    await ingestJson(db, 'g.json', gazetteer);
    const writers = Array.from({ length: 6 }, async (_, w) => {
      const id = `same-fact-${w}`;
      const summary = await ingestJson(db, `${id}.json`, article({ id, publisher: `Press ${w}` }));
      expect(summary.counts.failed).toBe(0);
    });
    await Promise.all(writers);
    await expectLinksExact();
    const niger = (await db.read(LINKS)).find((l) => l.s === 'niger');
    expect([niger?.claims, niger?.evidences]).toEqual([1, 6]);
  });

  it("move a link's first and last dates when the claim that set them is edited or dropped", async () => {
    await resetGraph(db);
    await ingestJson(db, 'g.json', gazetteer);
    const dated = (date: string) => supportClaim({ id: `support-${date}`, date });
    await ingestJson(db, 'early.json', article({ id: 'early', claims: [dated('2023-11-02')] }));
    await ingestJson(db, 'late.json', article({ id: 'late', claims: [dated('2023-11-20')] }));
    const niger = async () => (await db.read(LINKS)).find((l) => l.s === 'niger');
    expect([(await niger())?.firstDate, (await niger())?.lastDate]).toEqual(['2023-11-02', '2023-11-20']);
    // The early claim restated with a later date: the first date follows it.
    await ingestJson(db, 'early.json', article({ id: 'early', claims: [dated('2023-11-02'), wagnerCombat] }));
    await ingestJson(
      db,
      'early.json',
      article({ id: 'early', claims: [{ ...dated('2023-11-02'), date: '2023-11-09' }] }),
    );
    await expectLinksExact();
    expect((await niger())?.firstDate).toBe('2023-11-09');
    // The late claim dropped: the last date falls back to the remaining claim's.
    await ingestJson(db, 'late.json', article({ id: 'late', claims: [wagnerCombat] }));
    await expectLinksExact();
    expect([(await niger())?.firstDate, (await niger())?.lastDate, (await niger())?.claims]).toEqual([
      '2023-11-09',
      '2023-11-09',
      1,
    ]);
  });

  it('hold over a synthetic corpus loaded in batches, and migration 4 rebuilds them for an older graph', async () => {
    await resetGraph(db);
    await ingestDocuments(db, asParsed(generateCorpus({ articles: 60, claimsPerArticle: 4 }, 7)), { batchSize: 7 });
    await expectLinksExact();
    const built = await db.read(LINKS);
    // What a version-3 graph looked like: no links, no pair ids on claims.
    await db.write(
      namedQuery(
        'testDowngradeLinks',
        `CALL () { MATCH ()-[l:LINKED]->() DELETE l }
         CALL () { MATCH (c:Claim) REMOVE c.subjectId, c.objectId }
         MATCH (m:GraphMeta {id: 'schema'}) SET m.version = 3 RETURN m.version AS version`,
        z.object({ version: z.number() }),
      ),
    );
    expect(await db.read(LINKS)).toEqual([]);
    await migrate(db, silentLogger);
    expect(await db.read(LINKS)).toEqual(built);
    expect(GRAPH_SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
  });
});
