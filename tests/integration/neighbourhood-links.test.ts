import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asParsed, generateCorpus } from '../../bench/corpus.ts';
import { ExplorationRepository, type WalkFilter } from '../../src/graph/exploration-repository.ts';
import { ingestDocuments } from '../../src/ingest/ingest-service.ts';
import { type Database, namedQuery } from '../../src/neo4j/database.ts';
import { connectTestDatabase, loadSeed, resetGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// Neighbourhoods walk the aggregated links; they must answer what the walk over every claim answered before.

/** The walk over claims the service ran before the links existed: the reference. */
const CLAIM_WALK = namedQuery(
  'testClaimWalk',
  `UNWIND $frontier AS fid
   MATCH (a:Actor {id: fid})
   CALL (a) {
     MATCH (a)<-[:SUBJECT|OBJECT]-(c:Claim)
     WHERE ($kinds IS NULL OR c.kind IN $kinds) AND c.polarity IN $polarities
       AND ($from IS NULL OR c.sortDateEnd >= date($from)) AND ($to IS NULL OR c.sortDate <= date($to))
     MATCH (c)-[:SUBJECT]->(s:Actor), (c)-[:OBJECT]->(o:Actor)
     RETURN c.id AS id, c.kind AS type, s.id AS source, o.id AS target, c.id AS claimId
     UNION
     MATCH (a)-[r:PART_OF|AFFILIATED_WITH|MEMBER_OF|SUCCEEDS]-(:Actor)
     RETURN type(r) + ':' + startNode(r).id + ':' + endNode(r).id AS id, type(r) AS type,
            startNode(r).id AS source, endNode(r).id AS target, null AS claimId
   }
   RETURN DISTINCT id, type, source, target, claimId ORDER BY id`,
  z.object({
    id: z.string(),
    type: z.string(),
    source: z.string(),
    target: z.string(),
    claimId: z.string().nullable(),
  }),
);

async function referenceWalk(db: Database, ids: string[], depth: number, filter: WalkFilter) {
  const visited = new Set(ids);
  const edges = new Map<string, z.infer<typeof CLAIM_WALK.row>>();
  let frontier = [...ids];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const rows = await db.read(CLAIM_WALK, {
      frontier,
      kinds: filter.kinds ?? null,
      polarities: filter.polarities ?? ['ASSERTED'],
      from: filter.from ?? null,
      to: filter.to ?? null,
    });
    const next: string[] = [];
    for (const link of rows) {
      for (const end of [link.source, link.target]) {
        if (visited.has(end)) continue;
        visited.add(end);
        next.push(end);
      }
      edges.set(link.id, link);
    }
    frontier = next;
  }
  return { nodeIds: [...visited].sort(), edges: [...edges.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}

let db: Database;
let repo: ExplorationRepository;
beforeAll(() => {
  db = connectTestDatabase();
  repo = new ExplorationRepository(db);
});
afterAll(() => db.close());

async function expectSameAsClaimWalk(ids: string[], depth: number, filter: WalkFilter) {
  const expected = await referenceWalk(db, ids, depth, filter);
  const hood = await repo.neighborhood(ids, depth, filter);
  expect(hood.truncated).toBe(false);
  expect([...hood.nodeIds].sort()).toEqual(expected.nodeIds);
  const { edges, cut } = await repo.claimEdges(hood.links, filter);
  expect(cut).toBe(false);
  expect([...edges].sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.edges);
  // Each link counts exactly the claims drawn for its pair and kind (both polarities when both are asked).
  const claimLinks = hood.links.filter((l) => l.polarity !== null);
  if (!filter.from && !filter.to) {
    const drawn = (l: { type: string; source: string; target: string }) =>
      expected.edges.filter((e) => e.claimId && e.type === l.type && e.source === l.source && e.target === l.target);
    for (const l of claimLinks) expect(l.claims).toBeLessThanOrEqual(drawn(l).length);
    expect(claimLinks.reduce((n, l) => n + l.claims, 0)).toBe(expected.edges.filter((e) => e.claimId).length);
  }
  return expected;
}

describe('neighbourhoods over aggregated links', () => {
  it('answer as the walk over claims did on the seed, filters included', async () => {
    await resetGraph(db);
    expect((await loadSeed(db)).counts.failed).toBe(0);
    expect((await expectSameAsClaimWalk(['fama'], 2, { kinds: ['SUPPORT', 'COMBAT'] })).edges.length).toBeGreaterThan(
      5,
    );
    await expectSameAsClaimWalk(['mali'], 3, {});
    await expectSameAsClaimWalk(['ukraine'], 1, { polarities: ['ASSERTED', 'DENIED'] });
    await expectSameAsClaimWalk(['fama', 'russia'], 2, { from: '2023-11-01', to: '2023-11-30' });
    await expectSameAsClaimWalk(['mali'], 2, { from: '2024-01-01' });
  });

  it("read a link's details only when the request selects them, and the same links either way", async () => {
    const plain = await repo.neighborhood(['fama'], 2, { details: false });
    const full = await repo.neighborhood(['fama'], 2, {});
    const shape = (l: { id: string; type: string; polarity: string | null; claims: number }) =>
      [l.id, l.type, l.polarity, l.claims].join(' ');
    expect(plain.links.map(shape)).toEqual(full.links.map(shape));
    const claimLinks = (links: typeof full.links) => links.filter((l) => l.polarity !== null);
    expect(claimLinks(plain.links).length).toBeGreaterThan(3);
    for (const l of claimLinks(plain.links))
      expect([l.drafts, l.evidences, l.certainties, l.firstDate]).toEqual([null, null, null, null]);
    for (const l of claimLinks(full.links)) expect(l.evidences).toBeGreaterThan(0);

    const query = graphqlClient(db);
    type Links = {
      neighborhood: { links: { id: string; claims: number; evidences?: number; certainties?: unknown[] }[] };
    };
    const drawn = await query<Links>('{ neighborhood(ids: ["fama"], depth: 2) { links { id claims } } }');
    const detailed = await query<Links>(
      '{ neighborhood(ids: ["fama"], depth: 2) { links { id claims evidences certainties { certainty claims } } } }',
    );
    expect(drawn.errors).toBeUndefined();
    expect(detailed.errors).toBeUndefined();
    expect(detailed.data!.neighborhood.links.map(({ id, claims }) => ({ id, claims }))).toEqual(
      drawn.data!.neighborhood.links,
    );
    for (const l of detailed.data!.neighborhood.links.filter((x) => x.claims > 0)) {
      expect(l.evidences).toBeGreaterThan(0);
      expect(l.certainties!.length).toBeGreaterThan(0);
    }
  });

  it('summarise rolled-up claims as links that count exactly the claims drawn', async () => {
    const hood = await repo.neighborhood(['mali'], 2, { rollUp: true, polarities: ['ASSERTED', 'DENIED'] });
    const claims = (hood.claimEdges ?? []).filter((e) => e.claimId !== null);
    expect(claims.length).toBeGreaterThan(0);
    const claimLinks = hood.links.filter((l) => l.polarity !== null);
    expect(claimLinks.reduce((n, l) => n + l.claims, 0)).toBe(claims.length);
    for (const l of claimLinks) {
      const drawn = claims.filter((e) => e.type === l.type && e.source === l.source && e.target === l.target);
      expect(l.claims).toBeLessThanOrEqual(drawn.length);
      expect((l.certainties ?? []).reduce((n, c) => n + c, 0)).toBe(l.claims);
    }
  });

  it('answer as the walk over claims did on a synthetic corpus, and drill down to the same claims', async () => {
    await resetGraph(db);
    const corpus = generateCorpus({ articles: 80, claimsPerArticle: 4 }, 5);
    await ingestDocuments(db, asParsed(corpus));
    const army = `${corpus.states[0]}-army`;
    await expectSameAsClaimWalk([army], 2, {});
    await expectSameAsClaimWalk([army], 2, { kinds: ['SUPPORT'], from: '2023-06-01', to: '2024-06-30' });
    await expectSameAsClaimWalk([corpus.states[1]!], 1, { polarities: ['ASSERTED', 'DENIED'] });

    // Through GraphQL: links with counts; a link's claims are the claim list's for its pair, kind and polarity.
    const query = graphqlClient(db);
    type L = { type: string; polarity: string | null; source: { id: string }; target: { id: string }; claims: number };
    const result = await query<{ neighborhood: { links: L[]; truncated: boolean } }>(
      `{ neighborhood(ids: ["${army}"], depth: 1) { truncated links { type polarity source { id } target { id } claims } } }`,
    );
    expect(result.errors).toBeUndefined();
    const links = result.data!.neighborhood.links.filter((l) => l.polarity !== null);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links.slice(0, 5)) {
      const list = await query<{ claims: { totalCount: number } }>(
        `{ claims(filter: { subject: "${l.source.id}", object: "${l.target.id}", kinds: [${l.type}], polarity: ${l.polarity} }) { totalCount } }`,
      );
      expect(list.errors).toBeUndefined();
      expect(list.data!.claims.totalCount).toBe(l.claims);
    }
  });
});
