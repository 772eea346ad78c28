import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.ts';
import { openSeededGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

let db: Database;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openSeededGraph();
  query = graphqlClient(db);
});
afterAll(() => db.close());

interface Link {
  type: string;
  source: { id: string };
  target: { id: string };
  claim: { evidences: { quote: string }[] } | null;
}

describe('exploration', () => {
  it('how Russia and Burkina Faso are connected: shortest paths with the claims along them', async () => {
    const result = await query<{ paths: { length: number; actors: { id: string }[]; links: Link[] }[] }>(
      `{ paths(from: "russia", to: "burkina-faso", maxLength: 4) {
           length actors { id } links { type source { id } target { id } claim { evidences { quote } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const paths = result.data!.paths;
    expect(paths.length).toBeGreaterThan(0);
    const lengths = new Set(paths.map((p) => p.length));
    expect(lengths.size).toBe(1);
    for (const path of paths) {
      expect(path.actors[0]!.id).toBe('russia');
      expect(path.actors.at(-1)!.id).toBe('burkina-faso');
      expect(path.links).toHaveLength(path.actors.length - 1);
    }
    // Both congratulated Mali after Kidal: Russia → Mali ← Burkina Faso, each link quoting the article.
    const viaMali = paths.find((p) => p.actors.map((a) => a.id).join('>') === 'russia>mali>burkina-faso');
    expect(viaMali?.links.map((l) => l.type)).toEqual(['STATEMENT', 'STATEMENT']);
    expect(viaMali?.links[0]?.claim?.evidences[0]?.quote).toContain('félicité');
  });

  it('says NOT_FOUND for a walk from an actor that does not exist', async () => {
    const paths = await query('{ paths(from: "russia", to: "burkina") { length } }');
    expect(paths.errors?.[0]).toMatchObject({
      message: 'actor "burkina" not found',
      extensions: { code: 'NOT_FOUND' },
    });
    const hood = await query('{ neighborhood(ids: ["fama", "famma"]) { truncated } }');
    expect(hood.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('draws the neighbourhood of the Malian army two links out', async () => {
    const result = await query<{ neighborhood: { nodes: { id: string }[]; edges: Link[]; truncated: boolean } }>(
      '{ neighborhood(ids: ["fama"], depth: 2, claimKinds: [SUPPORT, COMBAT]) { nodes { id } edges { type source { id } target { id } claim { evidences { quote } } } truncated } }',
    );
    expect(result.errors).toBeUndefined();
    const ids = result.data!.neighborhood.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['fama', 'mali', 'wagner', 'niger', 'burkina-faso', 'csp', 'russia']));
    const nodeSet = new Set(ids);
    for (const edge of result.data!.neighborhood.edges) {
      expect(nodeSet.has(edge.source.id) && nodeSet.has(edge.target.id)).toBe(true);
      expect(['SUPPORT', 'COMBAT', 'PART_OF', 'AFFILIATED_WITH', 'MEMBER_OF', 'SUCCEEDS']).toContain(edge.type);
    }
    expect(result.data!.neighborhood.edges).toContainEqual(
      expect.objectContaining({ type: 'SUPPORT', source: { id: 'wagner' }, target: { id: 'fama' } }),
    );
    expect(result.data!.neighborhood.truncated).toBe(false);
  });

  it('puts an operation on a timeline, in date order with the precision shown', async () => {
    const result = await query<{
      timeline: { edges: { node: { kind: string; when: { value: string; precision: string }; whenBasis: string } }[] };
    }>('{ timeline(operation: "op-kidal-2023") { edges { node { kind when { value precision } whenBasis } } } }');
    const entries = result.data!.timeline.edges.map((e) => e.node);
    expect(entries.length).toBeGreaterThanOrEqual(10);
    const starts = entries.map((e) => e.when.value);
    expect([...starts].sort()).toEqual(starts);
    expect(entries).toContainEqual({
      kind: 'CONTROL',
      when: { value: '2023-11-14', precision: 'DAY' },
      whenBasis: 'CLAIM',
    });
    expect(entries).toContainEqual(expect.objectContaining({ kind: 'SUPPORT', whenBasis: 'OPERATION' }));
    const both = await query('{ timeline(actor: "mali", operation: "op-kidal-2023") { totalCount } }');
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts support for dashboards, by type and by month', async () => {
    const byType = await query<{
      supportStats: { key: string; claims: number; evidences: number; articles: number; sources: number }[];
    }>(
      '{ supportStats(groupBy: SUPPORT_TYPE, filter: { operation: "op-kidal-2023" }) { key claims evidences articles sources } }',
    );
    expect(byType.errors).toBeUndefined();
    const rows = Object.fromEntries(byType.data!.supportStats.map((r) => [r.key, r]));
    expect(rows.AIRCRAFT).toMatchObject({ claims: 2, articles: 1, sources: 4 });
    expect(rows.MERCENARIES).toMatchObject({ claims: 1, evidences: 3, articles: 3 });
    expect(byType.data!.supportStats.reduce((n, r) => n + r.claims, 0)).toBe(7);

    const byMonth = await query<{ supportStats: { key: string; claims: number }[] }>(
      '{ supportStats(groupBy: MONTH) { key claims } }',
    );
    const months = byMonth.data!.supportStats.map((r) => r.key);
    expect([...months].sort()).toEqual(months);
    expect(byMonth.data!.supportStats.find((r) => r.key === '2023-11')?.claims).toBeGreaterThanOrEqual(7);
  });

  it('lists operations in a place (and the places inside it) and articles by search, with keyset pages', async () => {
    const ops = await query<{ operations: { totalCount: number; edges: { node: { id: string } }[] } }>(
      '{ operations(filter: { location: "kidal-region" }) { totalCount edges { node { id } } } }',
    );
    expect(ops.data!.operations.edges.map((e) => e.node.id)).toContain('op-kidal-2023');
    expect(ops.data!.operations.totalCount).toBe(ops.data!.operations.edges.length);

    const page1 = await query<{
      articles: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    }>('{ articles(first: 5) { edges { node { id } } pageInfo { endCursor hasNextPage } } }');
    expect(page1.data!.articles.pageInfo.hasNextPage).toBe(true);
    const page2 = await query<{ articles: { edges: { node: { id: string } }[] } }>(
      'query ($after: String) { articles(first: 5, after: $after) { edges { node { id } } } }',
      { after: page1.data!.articles.pageInfo.endCursor },
    );
    const first = page1.data!.articles.edges.map((e) => e.node.id);
    const second = page2.data!.articles.edges.map((e) => e.node.id);
    expect(second.length).toBe(5);
    expect(second.filter((id) => first.includes(id))).toEqual([]);

    const search = await query<{ articles: { edges: { node: { id: string } }[] } }>(
      '{ articles(search: "Kidal prise") { edges { node { id } } } }',
    );
    expect(search.data!.articles.edges.map((e) => e.node.id)).toContain('ndm-2023-11-17-kidal-offensive');
  });
});
