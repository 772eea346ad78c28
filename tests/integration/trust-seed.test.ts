import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.ts';
import { openSeededGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// Answers an analyst can trust, on the seed: denials are not support, a disputed fact comes back once with both
// sides' evidence, roll-up follows the hierarchy at each claim's date, and the documented facts are in the graph.

let db: Database;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openSeededGraph();
  query = graphqlClient(db);
});
afterAll(() => db.close());

interface Side {
  id: string;
  polarity: string;
  disputed: boolean;
  evidences: { quote: string; article: { id: string } }[];
}

describe('denials and contradictions', () => {
  it("Ukraine's alleged intelligence support at Tinzaouaten is one disputed fact with both sides' evidence", async () => {
    const result = await query<{
      supports: { totalCount: number; edges: { node: Side & { contradictions: Side[] } }[] };
    }>(`{ supports(filter: { supporter: "ukraine" }) { totalCount edges { node {
          id polarity disputed evidences { quote article { id } }
          contradictions { id polarity disputed evidences { quote article { id } } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.supports.totalCount).toBe(1);
    const fact = result.data!.supports.edges[0]!.node;
    expect(fact).toMatchObject({ polarity: 'ASSERTED', disputed: true });
    expect(new Set(fact.evidences.map((e) => e.article.id))).toEqual(
      new Set(['team-2024-07-tinzaouaten-en', 'team-2024-08-mali-niger-ukraine-fr']),
    );
    expect(fact.contradictions).toHaveLength(1);
    expect(fact.contradictions[0]).toMatchObject({
      polarity: 'DENIED',
      disputed: true,
      evidences: [{ quote: 'nie toute implication dans les combats' }],
    });
  });

  it('support statistics count no denial unless asked, and say how many claims are disputed', async () => {
    type Stats = { supportStats: { key: string; claims: number; disputed: number }[] };
    const ask = (filter: string) =>
      query<Stats>(`{ supportStats(groupBy: SUPPORTER, filter: ${filter}) { key claims disputed } }`);
    const asserted = await ask('{ operation: "op-tinzaouaten-2024" }');
    expect(asserted.data!.supportStats.find((s) => s.key === 'ukraine')).toEqual({
      key: 'ukraine',
      claims: 1,
      disputed: 1,
    });
    // one polarity at a time: an assertion and its denial never add up to "2 supports"
    const both = await ask('{ operation: "op-tinzaouaten-2024", polarities: [ASSERTED, DENIED] }');
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.polarities' });
    const denials = await ask('{ polarities: [DENIED] }');
    expect(denials.data!.supportStats).toEqual([{ key: 'ukraine', claims: 1, disputed: 1 }]);
  });

  it('filters claims by disputed, by cited source and by publisher', async () => {
    type Ids = { claims: { edges: { node: { id: string; polarity: string; subject: { id: string } } }[] } };
    const disputed = await query<Ids>(
      '{ claims(filter: { disputed: true }, first: 50) { edges { node { id polarity subject { id } } } } }',
    );
    expect(disputed.data!.claims.edges.map((e) => `${e.node.subject.id}:${e.node.polarity}`).sort()).toEqual([
      'ukraine:ASSERTED',
      'ukraine:DENIED',
    ]);
    const fromMfa = await query<Ids>(
      '{ claims(filter: { source: "ukraine-mfa" }, first: 50) { edges { node { id polarity subject { id } } } } }',
    );
    expect(fromMfa.data!.claims.edges.map((e) => e.node.polarity).sort()).toEqual(['ASSERTED', 'DENIED']);
    const byPublisher = await query<{ claims: { totalCount: number } }>(
      '{ claims(filter: { publisher: "nouvelles du monde" }) { totalCount } }',
    );
    expect(byPublisher.data!.claims.totalCount).toBeGreaterThan(5);
    const none = await query<{ claims: { totalCount: number } }>(
      '{ claims(filter: { publisher: "No Such Press" }) { totalCount } }',
    );
    expect(none.data!.claims.totalCount).toBe(0);
  });

  it('a neighbourhood draws no denial as a link unless asked', async () => {
    type N = { neighborhood: { edges: { type: string; claim: { polarity: string } | null }[] } };
    const plain = await query<N>('{ neighborhood(ids: ["ukraine"]) { edges { type claim { polarity } } } }');
    expect(plain.data!.neighborhood.edges.some((e) => e.claim?.polarity === 'DENIED')).toBe(false);
    const all = await query<N>(
      '{ neighborhood(ids: ["ukraine"], polarities: [ASSERTED, DENIED]) { edges { type claim { polarity } } } }',
    );
    expect(all.data!.neighborhood.edges.some((e) => e.claim?.polarity === 'DENIED')).toBe(true);
  });

  it('paths link actors through assertions only', async () => {
    type P = { paths: { links: { claim: { polarity: string } | null }[] }[] };
    const result = await query<P>(
      '{ paths(from: "ukraine", to: "csp", maxLength: 1) { links { claim { polarity } } } }',
    );
    const polarities = result.data!.paths.flatMap((p) => p.links.map((l) => l.claim?.polarity));
    expect(polarities.length).toBeGreaterThan(0);
    expect(polarities.every((p) => p === 'ASSERTED')).toBe(true);
  });
});

describe('roll-up', () => {
  it("groups Wagner's Kidal support under Russia, FAMa under Mali", async () => {
    const result = await query<{ supportStats: { key: string; claims: number }[] }>(
      '{ supportStats(groupBy: SUPPORTER, filter: { operation: "op-kidal-2023", rollUp: true }) { key claims } }',
    );
    const keys = result.data!.supportStats.map((s) => s.key);
    expect(keys).toContain('russia');
    expect(keys).not.toContain('wagner');
    const recipients = await query<{ supportStats: { key: string; claims: number }[] }>(
      '{ supportStats(groupBy: RECIPIENT, filter: { operation: "op-kidal-2023", rollUp: true }) { key claims } }',
    );
    expect(recipients.data!.supportStats.map((s) => s.key)).toEqual(['mali']);
  });

  it('a question about a state that finds nothing as asked says roll-up would find claims', async () => {
    const result = await query<{ supports: { totalCount: number; hint: string | null } }>(
      '{ supports(filter: { recipient: "mali", operation: "op-kidal-2023" }) { totalCount hint } }',
    );
    expect(result.data!.supports.totalCount).toBe(0);
    expect(result.data!.supports.hint).toMatch(/rollUp: true/);
    const found = await query<{ supports: { hint: string | null } }>(
      '{ supports(filter: { recipient: "mali", operation: "op-kidal-2023", rollUp: true }) { hint } }',
    );
    expect(found.data!.supports.hint).toBeNull();
  });

  it("a timeline of Mali with roll-up includes its army's claims", async () => {
    type T = { timeline: { totalCount: number } };
    const plain = await query<T>('{ timeline(actor: "mali") { totalCount } }');
    const rolled = await query<T>('{ timeline(actor: "mali", rollUp: true) { totalCount } }');
    expect(rolled.data!.timeline.totalCount).toBeGreaterThan(plain.data!.timeline.totalCount);
  });
});

describe('the documented facts are in the graph', () => {
  it('Wagner, Africa Corps and alliance memberships read back as the README and format doc state', async () => {
    type A = {
      wagner: { affiliations: { actor: { id: string }; since: { value: string }; until: { value: string } | null }[] };
      africaCorps: { partOf: { id: string }; succeeds: { actor: { id: string }; date: { value: string } } };
      aes: { members: { member: { id: string }; since: { value: string }; until: { value: string } | null }[] };
      ecowas: { members: { member: { id: string }; until: { value: string } | null }[] };
    };
    const result = await query<A>(`{
      wagner: actor(id: "wagner") { affiliations { actor { id } since { value } until { value } } }
      africaCorps: actor(id: "africa-corps") { partOf { id } succeeds { actor { id } date { value } } }
      aes: actor(id: "aes") { members { member { id } since { value } until { value } } }
      ecowas: actor(id: "ecowas") { members { member { id } until { value } } }
    }`);
    expect(result.errors).toBeUndefined();
    const d = result.data!;
    // README and docs/article-format.md: Wagner affiliated with Russia from 2014 until 2025-06.
    expect(d.wagner.affiliations).toEqual([
      { actor: { id: 'russia' }, since: { value: '2014' }, until: { value: '2025-06' } },
    ]);
    // "Africa Corps succeeding Wagner", part of Russia, from 2025-06.
    expect(d.africaCorps).toEqual({
      partOf: { id: 'russia' },
      succeeds: { actor: { id: 'wagner' }, date: { value: '2025-06' } },
    });
    // AES: Mali, Niger and Burkina Faso since 2023-09-16 (Liptako-Gourma charter), still members.
    expect(d.aes.members.map((m) => `${m.member.id}:${m.since.value}:${m.until?.value ?? ''}`).sort()).toEqual([
      'burkina-faso:2023-09-16:',
      'mali:2023-09-16:',
      'niger:2023-09-16:',
    ]);
    // ECOWAS: the three left on 2025-01-29.
    expect(d.ecowas.members.map((m) => `${m.member.id}:${m.until?.value}`).sort()).toEqual([
      'burkina-faso:2025-01-29',
      'mali:2025-01-29',
      'niger:2025-01-29',
    ]);
  });
});
