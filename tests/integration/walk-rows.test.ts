import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExplorationRepository } from '../../src/graph/exploration-repository.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { connectTestDatabase, loadSeed, resetGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// The walks' statements return lean rows (one per link for a drill-down, no column the request does not read, ids
// derived in JS) and skip the existence check when the answer shows the actors exist: each shortcut must keep the
// answers, the cut and NOT_FOUND for a typo.

let db: Database;
let repo: ExplorationRepository;
beforeAll(async () => {
  db = connectTestDatabase();
  repo = new ExplorationRepository(db);
  await resetGraph(db);
  expect((await loadSeed(db)).counts.failed).toBe(0);
});
afterAll(() => db.close());

describe('a walk', () => {
  it('returns a drawing only the columns it reads, and the same links as with every detail', async () => {
    const names: string[] = [];
    const stop = db.observe((e) => names.push(e.name));
    const drawn = await repo.neighborhood(['fama'], 2, { details: false });
    const full = await repo.neighborhood(['fama'], 2, {});
    stop();
    expect(names).toContain('neighborLinkCounts');
    expect(names).toContain('neighborLinks');
    expect(drawn.links.map((l) => l.id)).toEqual(full.links.map((l) => l.id));
    // ids as the statements sort them: kind, polarity (not for a tie), ends
    for (const l of full.links)
      expect(l.id).toBe(
        l.polarity === null ? `${l.type}:${l.source}:${l.target}` : `${l.type}:${l.polarity}:${l.source}:${l.target}`,
      );
  });

  it("drills down to each link's first claims by id when the claims exceed the cap, and says it cut them", async () => {
    const hood = await repo.neighborhood(['fama'], 2, { details: false });
    const whole = await repo.claimEdges(hood.links, {});
    expect(whole.cut).toBe(false);
    const claimsOf = (edges: typeof whole.edges) => {
      const byLink = new Map<string, string[]>();
      for (const e of edges) {
        if (e.claimId === null) continue;
        const key = `${e.type} ${e.source} ${e.target}`;
        byLink.set(key, [...(byLink.get(key) ?? []), e.claimId]);
      }
      return byLink;
    };
    const all = claimsOf(whole.edges);
    const largest = Math.max(...[...all.values()].map((ids) => ids.length));
    expect(largest).toBeGreaterThan(1);
    // a cap that leaves each link at most largest - 1 claims: the largest link loses one
    const claimLinks = hood.links.filter((l) => l.polarity !== null);
    const cap = claimLinks.reduce((n, l) => n + Math.min(l.claims, largest - 1), 0);
    const capped = await repo.claimEdges(hood.links, {}, cap);
    expect(capped.cut).toBe(true);
    const kept = claimsOf(capped.edges);
    for (const [link, ids] of all) {
      const sorted = [...ids].sort();
      expect(kept.get(link), link).toEqual(sorted.slice(0, kept.get(link)?.length));
      expect(kept.get(link)!.length).toBe(Math.min(ids.length, largest - 1));
    }
    expect(capped.edges.filter((e) => e.claimId === null)).toEqual(whole.edges.filter((e) => e.claimId === null));
  });

  it('answers a drawing through GraphQL with the links the details request lists', async () => {
    const query = graphqlClient(db);
    type Links = { neighborhood: { links: { id: string; source: { id: string }; claims: number }[] } };
    const drawn = await query<Links>('{ neighborhood(ids: ["fama"], depth: 2) { links { id source { id } claims } } }');
    const detailed = await query<Links & { neighborhood: { links: { lastDate: string | null }[] } }>(
      '{ neighborhood(ids: ["fama"], depth: 2) { links { id source { id } claims lastDate } } }',
    );
    expect(drawn.errors).toBeUndefined();
    expect(detailed.data!.neighborhood.links.map(({ id, source, claims }) => ({ id, source, claims }))).toEqual(
      drawn.data!.neighborhood.links,
    );
    expect(drawn.data!.neighborhood.links.length).toBeGreaterThan(3);
  });

  it('checks that the actors asked for exist only when the answer does not show it, and still says NOT_FOUND', async () => {
    const query = graphqlClient(db);
    const names: string[] = [];
    const stop = db.observe((e) => names.push(e.name));
    const hood = await query('{ neighborhood(ids: ["fama"], depth: 2) { links { id } } }');
    const path = await query<{ paths: unknown[] }>('{ paths(from: "russia", to: "burkina-faso") { length } }');
    stop();
    expect(hood.errors).toBeUndefined();
    expect(path.data!.paths.length).toBeGreaterThan(0);
    expect(names).not.toContain('missingActors');
    const typo = await query('{ neighborhood(ids: ["fama", "famma"], depth: 2) { links { id } } }');
    expect(typo.errors?.[0]).toMatchObject({ message: 'actor "famma" not found', extensions: { code: 'NOT_FOUND' } });
    const noPath = await query('{ paths(from: "burkina", to: "russia") { length } }');
    expect(noPath.errors?.[0]).toMatchObject({
      message: 'actor "burkina" not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
