import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.ts';
import { ingestJson, openSeededGraph, recordQueries } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// One request must cost a fixed number of Cypher round trips, whatever the number of results (no N+1).

let db: Database;

const NESTED = `{
  supports(filter: { operation: "op-kidal-2023", recipient: "mali", rollUp: true }, first: 50) {
    totalCount
    edges { node {
      subject { id partOf { id name } memberships { alliance { id } since { value } } }
      object { id parts { id } }
      operation { id conductors { id } locations { location { id ancestors { id } } } }
      evidences { quote article { id claims { id } } sources { id actor { id } } }
      alternatives { id subject { id } }
      contradictedBy { id }
    } }
  }
}`;

/** Adds `n` more supporters of the Kidal operation, each from its own article with its own cited source. */
function moreSupport(n: number) {
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `extra-supporter-${i}`,
    name: `Extra supporter ${i}`,
    kind: 'STATE',
    partOf: 'russia',
  }));
  const sources = Array.from({ length: n }, (_, i) => ({
    id: `extra-source-${i}`,
    name: `Source ${i}`,
    kind: 'MEDIA',
    actor: `extra-supporter-${i}`,
  }));
  const text = actors.map((a) => `${a.name} a fourni des munitions.`).join(' ');
  return {
    kind: 'article',
    formatVersion: 1,
    article: {
      id: `extra-${n}`,
      title: 'More',
      publisher: 'Extra',
      language: 'fr',
      publishedAt: '2023-11-20',
      authorship: 'PUBLISHED',
      text,
    },
    actors,
    sources,
    claims: actors.map((a, i) => ({
      kind: 'SUPPORT',
      subject: a.id,
      object: 'fama',
      operation: 'op-kidal-2023',
      supportType: 'MUNITIONS',
      alternativeGroup: i < 2 ? 'extra-alternatives' : undefined,
      evidence: [{ quote: `${a.name} a fourni des munitions`, certainty: 'REPORTED', sources: [`extra-source-${i}`] }],
    })),
  };
}

async function roundTrips(query: ReturnType<typeof graphqlClient>) {
  const recorder = recordQueries(db);
  const result = await query<{ supports: { totalCount: number; edges: unknown[] } }>(NESTED);
  recorder.stop();
  expect(result.errors).toBeUndefined();
  return {
    count: recorder.events.length,
    results: result.data!.supports.totalCount,
    edges: result.data!.supports.edges.length,
    names: recorder.events.map((e) => e.name).sort(),
  };
}

beforeAll(async () => {
  db = await openSeededGraph();
});
afterAll(() => db.close());

describe('Cypher round trips per request', () => {
  it('stay the same when the result grows tenfold', async () => {
    const query = graphqlClient(db);
    const small = await roundTrips(query);
    const summary = await ingestJson(db, 'extra.json', moreSupport(60));
    expect(summary.counts.failed).toBe(0);
    const large = await roundTrips(query);

    expect(large.results).toBeGreaterThanOrEqual(small.results + 60);
    expect(large.edges).toBe(50);
    expect(large.count).toBe(small.count);
    expect(large.names).toEqual(small.names);
    expect(small.count).toBeLessThanOrEqual(12);
  });
});

describe('claims fetched by what the query selects', () => {
  it('answer the same whether the query is written inline or with fragments', async () => {
    const query = graphqlClient(db);
    const withFragments = `
      query { supports(filter: { operation: "op-kidal-2023", recipient: "mali", rollUp: true }, first: 50) {
        totalCount edges { ...Edge } } }
      fragment Edge on ClaimEdge { node { ... on Claim { subject { id partOf { id name } memberships { alliance { id } since { value } } } } ...Rest } }
      fragment Rest on Claim {
        object { id parts { id } }
        operation { id conductors { id } locations { location { id ancestors { id } } } }
        evidences { quote article { id claims { id } } ...Sources }
        alternatives { id subject { id } }
        contradictedBy { id }
      }
      fragment Sources on Evidence { sources { id actor { id } } }`;
    const inline = await query(NESTED);
    const fragments = await query(withFragments);
    expect(fragments.errors).toBeUndefined();
    expect(fragments.data).toEqual(inline.data);
  });
});

describe('a neighbourhood drawn by ids', () => {
  type Ends = { source: { id: string; name?: string }; target: { id: string; name?: string } }[];
  type Hood = { neighborhood: { links: Ends; edges: Ends } };
  const ends = (hood: Hood['neighborhood']) => [...hood.links, ...hood.edges].map((l) => [l.source.id, l.target.id]);

  it('loads no actor for link ends it asks only the id of, and the same ends with their names otherwise', async () => {
    const query = graphqlClient(db);
    const recorder = recordQueries(db);
    const byId = await query<Hood>(
      '{ neighborhood(ids: ["fama"], depth: 2) { links { source { id } target { id } } edges { source { id } target { id } } } }',
    );
    recorder.stop();
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.neighborhood.links.length).toBeGreaterThan(3);
    expect(recorder.events.map((e) => e.name)).not.toContain('actorsById');

    const named = await query<Hood>(
      '{ neighborhood(ids: ["fama"], depth: 2) { links { source { id name } target { id name } } edges { source { id name } target { id name } } } }',
    );
    expect(named.errors).toBeUndefined();
    expect(ends(named.data!.neighborhood)).toEqual(ends(byId.data!.neighborhood));
    for (const l of [...named.data!.neighborhood.links, ...named.data!.neighborhood.edges])
      expect(l.source.name && l.target.name).toBeTruthy();
  });

  it("a path asked only for its actors' ids loads none of them, and names the same actors otherwise", async () => {
    type Paths = { paths: { actors: { id: string; name?: string }[] }[] };
    const query = graphqlClient(db);
    const recorder = recordQueries(db);
    const byId = await query<Paths>('{ paths(from: "russia", to: "burkina-faso") { actors { id } } }');
    recorder.stop();
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.paths.length).toBeGreaterThan(0);
    expect(recorder.events.map((e) => e.name)).not.toContain('actorsById');
    const named = await query<Paths>('{ paths(from: "russia", to: "burkina-faso") { actors { id name } } }');
    expect(named.data!.paths.map((p) => p.actors.map((a) => a.id))).toEqual(
      byId.data!.paths.map((p) => p.actors.map((a) => a.id)),
    );
    for (const p of named.data!.paths) for (const a of p.actors) expect(a.name).toBeTruthy();
  });
});
