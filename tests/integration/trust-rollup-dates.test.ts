import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.ts';
import { connectTestDatabase, ingestJson, resetGraph } from '../helpers/database.ts';
import { article, gazetteer, supportClaim } from '../helpers/fixtures.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// Roll-up respects the dates of the ties it follows: the fixture gazetteer ties Wagner to Russia from 2014 until
// 2025-06, so Wagner's support in 2024 is Russia's and its support in 2025-09 is not.

let db: Database;
let query: ReturnType<typeof graphqlClient>;

const TEXT = 'Wagner a fourni des combattants en 2024. Wagner a encore fourni des combattants en septembre 2025.';
const wagnerSupport = (date: string, quote: string, id: string) =>
  supportClaim({
    id,
    subject: 'wagner',
    object: 'fama',
    operation: undefined,
    supportType: 'MERCENARIES',
    materiel: 'combattants',
    date,
    evidence: [{ quote, certainty: 'REPORTED' }],
  });

beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
  await ingestJson(db, 'gazetteer.json', gazetteer);
  const summary = await ingestJson(
    db,
    'wagner.json',
    article({
      id: 'wagner-dates',
      text: TEXT,
      operations: [],
      claims: [
        wagnerSupport('2024-03', 'Wagner a fourni des combattants en 2024', 'wagner-2024'),
        wagnerSupport('2025-09', 'Wagner a encore fourni des combattants en septembre 2025', 'wagner-2025-09'),
      ],
    }),
  );
  expect(summary.counts.failed).toBe(0);
  query = graphqlClient(db);
});
afterAll(() => db.close());

describe('roll-up by date', () => {
  it('supportStats by supporter counts Wagner under Russia only while the affiliation lasts', async () => {
    const result = await query<{ supportStats: { key: string; claims: number }[] }>(
      '{ supportStats(groupBy: SUPPORTER, filter: { rollUp: true }) { key claims } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.supportStats).toEqual([
      { key: 'russia', claims: 1 },
      { key: 'wagner', claims: 1 },
    ]);
  });

  it('supportStats that finds nothing as asked says, in extensions.hints, that roll-up would find claims', async () => {
    const asked = (rollUp: boolean) =>
      query<{ supportStats: unknown[] }>(
        `{ supportStats(groupBy: SUPPORTER, filter: { recipient: "mali", rollUp: ${rollUp} }) { key claims } }`,
      ) as Promise<{ data?: { supportStats: unknown[] }; extensions?: { hints?: string[] } }>;
    const plain = await asked(false);
    expect(plain.data!.supportStats).toEqual([]);
    expect(plain.extensions?.hints?.[0]).toMatch(
      /^supportStats: No claim names "mali" itself; 2 claims name its parts/,
    );
    const rolled = await asked(true);
    expect(rolled.data!.supportStats).not.toEqual([]);
    expect(rolled.extensions).toBeUndefined();
  });

  it("supports and timelines about Russia include Wagner's support only while affiliated", async () => {
    const supports = await query<{ supports: { edges: { node: { id: string } }[] } }>(
      '{ supports(filter: { supporter: "russia", rollUp: true }) { edges { node { id } } } }',
    );
    expect(supports.data!.supports.edges.map((e) => e.node.id)).toEqual(['wagner-2024']);
    const timeline = await query<{ timeline: { edges: { node: { id: string } }[] } }>(
      '{ timeline(actor: "russia", rollUp: true) { edges { node { id } } } }',
    );
    expect(timeline.data!.timeline.edges.map((e) => e.node.id)).toEqual(['wagner-2024']);
  });

  it('a rolled-up neighbourhood draws each claim between the actors tied at its date', async () => {
    type N = { neighborhood: { nodes: { id: string }[]; edges: { source: { id: string }; target: { id: string } }[] } };
    const result = await query<N>(
      '{ neighborhood(ids: ["mali"], rollUp: true) { nodes { id } edges { source { id } target { id } } } }',
    );
    expect(result.errors).toBeUndefined();
    const edges = result.data!.neighborhood.edges.map((e) => `${e.source.id}>${e.target.id}`).sort();
    expect(edges).toEqual(['russia>mali', 'wagner>mali']);
    expect(result.data!.neighborhood.nodes.map((n) => n.id)).not.toContain('fama');
  });

  it('recipients roll up to the state through PART_OF, which has no dates', async () => {
    const result = await query<{ supportStats: { key: string; claims: number }[] }>(
      '{ supportStats(groupBy: RECIPIENT, filter: { rollUp: true }) { key claims } }',
    );
    expect(result.data!.supportStats).toEqual([{ key: 'mali', claims: 2 }]);
  });
});
