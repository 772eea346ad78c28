import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ingestDocuments } from '../../src/ingest/ingest-service.ts';
import { parseDocument } from '../../src/ingest/read-documents.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { namedQuery } from '../../src/neo4j/database.ts';
import {
  connectTestDatabase,
  graphCounts,
  graphFingerprint,
  ingestJson,
  loadSeed,
  resetGraph,
} from '../helpers/database.ts';
import { article, gazetteer, supportClaim } from '../helpers/fixtures.ts';

let db: Database;

beforeAll(() => {
  db = connectTestDatabase();
});
afterAll(() => db.close());

const CLAIM_EVIDENCE = namedQuery(
  'testClaimEvidence',
  `MATCH (c:Claim {kind: 'SUPPORT'})-[:SUBJECT]->(:Actor {id: $subject})
   RETURN c.id AS id, c.certainty AS certainty, c.articleCount AS articles, c.publisherCount AS publishers,
          COUNT { (c)<-[:SUPPORTS]-(:Evidence) } AS evidences, c.materiel AS materiel`,
  z.object({
    id: z.string(),
    certainty: z.string(),
    articles: z.number(),
    publishers: z.number(),
    evidences: z.number(),
    materiel: z.array(z.string()),
  }),
);

describe('the seed', () => {
  beforeAll(() => resetGraph(db));

  it('loads every seed document, then reports everything unchanged with identical counts', async () => {
    const first = await loadSeed(db);
    expect(first.documents.filter((d) => d.status === 'failed')).toEqual([]);
    expect(first.counts.created).toBeGreaterThanOrEqual(12);
    const counts = await graphCounts(db);
    const fingerprint = await graphFingerprint(db);

    const second = await loadSeed(db);
    expect(second.counts).toMatchObject({ created: 0, updated: 0, failed: 0, unchanged: first.documents.length });
    expect(second.changed).toEqual({ actors: 0, locations: 0, sources: 0, operations: 0, claims: 0, evidences: 0 });
    expect(await graphCounts(db)).toEqual(counts);
    expect(await graphFingerprint(db)).toBe(fingerprint);
  });
});

describe('an id declared by a gazetteer and again by articles', () => {
  beforeEach(() => resetGraph(db));

  const ACTOR = namedQuery(
    'testActorName',
    'MATCH (a:Actor {id: $id}) RETURN a.name AS name',
    z.object({ name: z.string() }),
  );
  // Annotators redeclare countries in their articles, each in their own words.
  const redeclaring = (id: string, name: string) => ({
    ...article({ id, publisher: id }),
    actors: [{ id: 'niger', name, kind: 'STATE', country: 'NER' }],
  });

  it('keeps the gazetteer definition, whatever the order, and a re-run of the same documents changes nothing', async () => {
    const documents = async () => [
      await parseDocument('a.json', redeclaring('article-a', 'République du Niger')),
      await parseDocument('gazetteer.json', gazetteer),
      await parseDocument('b.json', redeclaring('article-b', 'Niger (pays)')),
    ];
    // one document per transaction, so that the definitions meet in different transactions
    const first = await ingestDocuments(db, await documents(), { batchSize: 1 });
    expect(first.counts.failed).toBe(0);
    expect(await db.read(ACTOR, { id: 'niger' })).toEqual([{ name: 'Niger' }]);
    const fingerprint = await graphFingerprint(db);

    const second = await ingestDocuments(db, await documents(), { batchSize: 1 });
    expect(second.counts).toMatchObject({ created: 0, updated: 0, failed: 0, unchanged: 3 });
    expect(second.changed.actors).toBe(0);
    expect(await graphFingerprint(db)).toBe(fingerprint);
  });

  it('lets an article update an actor it declared first, but not one another article declared first', async () => {
    await ingestJson(db, 'gazetteer.json', { ...gazetteer, actors: gazetteer.actors.filter((a) => a.id !== 'niger') });
    await ingestJson(db, 'a.json', redeclaring('article-a', 'Niger A'));
    await ingestJson(db, 'b.json', redeclaring('article-b', 'Niger B'));
    expect(await db.read(ACTOR, { id: 'niger' })).toEqual([{ name: 'Niger A' }]);
    await ingestJson(db, 'a.json', redeclaring('article-a', 'Niger A, corrected'));
    expect(await db.read(ACTOR, { id: 'niger' })).toEqual([{ name: 'Niger A, corrected' }]);
    // and a gazetteer that defines it later is the reference from then on
    await ingestJson(db, 'gazetteer.json', gazetteer);
    expect(await db.read(ACTOR, { id: 'niger' })).toEqual([{ name: 'Niger' }]);
  });
});

describe('one article, one transaction', () => {
  beforeEach(async () => {
    await resetGraph(db);
    await ingestJson(db, 'gazetteer.json', gazetteer);
  });

  for (const step of ['reference-data', 'operations', 'article-cleared', 'claims', 'evidence', 'claims-refreshed']) {
    it(`a failure after step "${step}" leaves the graph exactly as before`, async () => {
      await ingestJson(db, 'v1.json', article());
      const before = await graphFingerprint(db);
      const edited = article({ claims: [supportClaim({ supportType: 'LOGISTICS' })] });
      const summary = await ingestJson(db, 'v2.json', edited, {
        onStep: (name) => {
          if (name === step) throw new Error(`injected failure after ${name}`);
        },
      });
      expect(summary.counts.failed).toBe(1);
      expect(summary.documents[0]?.issues?.[0]?.message).toMatch(/injected failure/);
      expect(await graphFingerprint(db)).toBe(before);
    });
  }

  it('the same edit without a failure does change the graph (the checks above can see a change)', async () => {
    await ingestJson(db, 'v1.json', article());
    const before = await graphFingerprint(db);
    const summary = await ingestJson(db, 'v2.json', article({ claims: [supportClaim({ supportType: 'LOGISTICS' })] }));
    expect(summary.counts.updated).toBe(1);
    expect(await graphFingerprint(db)).not.toBe(before);
  });
});

describe('claims across articles', () => {
  beforeEach(async () => {
    await resetGraph(db);
    await ingestJson(db, 'gazetteer.json', gazetteer);
  });

  it('two articles reporting the same support give one claim with two evidences', async () => {
    await ingestJson(db, 'a.json', article({ id: 'article-a', publisher: 'Press A' }));
    const text = 'Niamey lent a cargo aircraft to the Malian army, observers say.';
    const english = supportClaim({
      materiel: 'cargo aircraft',
      evidence: [{ quote: 'Niamey lent a cargo aircraft to the Malian army', certainty: 'CONFIRMED' }],
    });
    await ingestJson(db, 'b.json', article({ id: 'article-b', publisher: 'Press B', text, claims: [english] }));
    const claims = await db.read(CLAIM_EVIDENCE, { subject: 'niger' });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ evidences: 2, articles: 2, publishers: 2, certainty: 'CONFIRMED' });
    expect(claims[0]?.materiel.sort()).toEqual(['avion-cargo', 'cargo aircraft']);
  });

  it('editing an article replaces only its own assertions', async () => {
    const shared = supportClaim();
    const own = supportClaim({
      subject: 'wagner',
      supportType: 'MERCENARIES',
      materiel: undefined,
      evidence: [{ quote: 'Wagner a peut-être aussi combattu à Kidal', certainty: 'POSSIBLE', hedge: 'peut-être' }],
    });
    await ingestJson(db, 'a.json', article({ id: 'article-a', claims: [shared, own] }));
    await ingestJson(db, 'b.json', article({ id: 'article-b', publisher: 'Other', claims: [shared] }));
    expect(await db.read(CLAIM_EVIDENCE, { subject: 'wagner' })).toHaveLength(1);

    // Article A drops both claims: Wagner's (only A backed it) disappears, Niger's survives on B's evidence.
    const summary = await ingestJson(db, 'a.json', article({ id: 'article-a', claims: [] }));
    expect(summary.counts.updated).toBe(1);
    expect(await db.read(CLAIM_EVIDENCE, { subject: 'wagner' })).toEqual([]);
    expect(await db.read(CLAIM_EVIDENCE, { subject: 'niger' })).toEqual([
      expect.objectContaining({ evidences: 1, articles: 1, publishers: 1 }),
    ]);
  });

  it('concurrent ingestion of overlapping articles creates no duplicate', async () => {
    const actor = { id: 'new-militia', name: 'New militia', kind: 'NON_STATE_ARMED_GROUP' };
    const docs = Array.from({ length: 8 }, (_, i) => ({
      ...article({ id: `concurrent-${i}`, publisher: `Press ${i % 3}` }),
      actors: [actor],
    }));
    const results = await Promise.all(docs.map((doc, i) => ingestJson(db, `c${i}.json`, doc)));
    expect(results.flatMap((r) => r.documents.filter((d) => d.status === 'failed'))).toEqual([]);
    const duplicates = await db.read(
      namedQuery(
        'testDuplicates',
        `MATCH (n) WHERE n.id IS NOT NULL WITH labels(n) AS labels, n.id AS id, count(*) AS copies
         WHERE copies > 1 RETURN labels, id, copies`,
        z.object({ labels: z.array(z.string()), id: z.string(), copies: z.number() }),
      ),
    );
    expect(duplicates).toEqual([]);
    expect(await db.read(CLAIM_EVIDENCE, { subject: 'niger' })).toEqual([
      expect.objectContaining({ evidences: 8, articles: 8, publishers: 3 }),
    ]);
  });
});
