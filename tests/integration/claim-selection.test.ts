import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { z } from 'zod';
import { NotFoundError } from '../../src/errors.ts';
import { type SelectionInput, selectionSchema } from '../../src/export/selection.ts';
import { checkSelection } from '../../src/export/selection-check.ts';
import { SubgraphReader } from '../../src/export/subgraph-reader.ts';
import { Database, namedQuery } from '../../src/neo4j/database.ts';
import { openSeededGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';
import { runCli } from '../helpers/processes.ts';

// One claim selection serves the API and every export: the same criteria, asked of `claims` and of an export,
// select the same claims. The graph holds the seed's reviewed claims and the extractor's drafts of two texts in
// other conflicts, so drafts, places and dates all have something to tell apart.

let db: Database;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openSeededGraph();
  const { uri, user, password } = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, LOG_LEVEL: 'warn' };
  for (const name of ['team-drc-m23-goma-en', 'team-sudan-fasher-fr']) {
    const annotation = JSON.parse(await readFile(join('eval', 'articles', `${name}.json`), 'utf8'));
    const text = join('eval', 'articles', `${name}.txt`);
    const run = await runCli(['ingest', text, '--published-at', annotation.article.publishedAt], env);
    expect(run.code, run.stderr).toBe(0);
  }
  query = graphqlClient(db);
}, 120_000);
afterAll(() => db.close());

async function apiClaims(filter: Record<string, unknown>): Promise<string[]> {
  const answer = await query<{ claims: { totalCount: number; edges: { node: { id: string } }[] } }>(
    `query ($filter: ClaimFilter) { claims(filter: $filter, first: 100) { totalCount edges { node { id } } } }`,
    { filter },
  );
  expect(answer.errors).toBeUndefined();
  const ids = answer.data!.claims.edges.map((e) => e.node.id);
  expect(answer.data!.claims.totalCount).toBe(ids.length);
  return ids.sort();
}

async function exportedClaims(selection: SelectionInput): Promise<string[]> {
  const ids: string[] = [];
  const reader = new SubgraphReader(db, selectionSchema.parse({ ...selection, includeEvidence: false }));
  await reader.read(async (batch) => {
    for (const node of batch.nodes) if (node.label === 'Claim') ids.push(String(node.props.id));
  });
  return ids.sort();
}

const CASES: { name: string; api: Record<string, unknown>; exported: SelectionInput }[] = [
  { name: 'an operation', api: { operation: 'op-kidal-2023' }, exported: { operations: ['op-kidal-2023'] } },
  {
    name: 'a country, places inside it included',
    api: { location: 'mali-country' },
    exported: { location: 'mali-country' },
  },
  {
    name: 'a period given as months',
    api: { from: '2023-11', to: '2024-01' },
    exported: { from: '2023-11', to: '2024-01' },
  },
  {
    name: 'kinds and a minimum certainty',
    api: { kinds: ['SUPPORT', 'COMBAT'], minCertainty: 'REPORTED' },
    exported: { claimKinds: ['SUPPORT', 'COMBAT'], minCertainty: 'REPORTED' },
  },
  { name: 'support types', api: { supportTypes: ['TROOPS'] }, exported: { supportTypes: ['TROOPS'] } },
  { name: 'only drafts', api: { drafts: 'ONLY' }, exported: { drafts: 'ONLY' } },
  {
    name: 'a place, a year, kinds, without drafts',
    api: {
      location: 'mali-country',
      from: '2023',
      to: '2024',
      kinds: ['SUPPORT', 'COMBAT', 'CONTROL'],
      drafts: 'EXCLUDE',
    },
    exported: {
      location: 'mali-country',
      from: '2023',
      to: '2024',
      claimKinds: ['SUPPORT', 'COMBAT', 'CONTROL'],
      drafts: 'EXCLUDE',
    },
  },
];

describe('one claim selection for the API and the exports', () => {
  it.each(CASES)('selects the same claims for $name', async ({ api, exported }) => {
    const all = await apiClaims({});
    const fromApi = await apiClaims(api);
    expect(fromApi.length).toBeGreaterThan(0);
    // A criterion that selected everything would prove nothing.
    expect(fromApi.length).toBeLessThan(all.length);
    expect(await exportedClaims(exported)).toEqual(fromApi);
  });

  it('tells drafts apart in both: included by default, excluded on request', async () => {
    const drafts = await apiClaims({ drafts: 'ONLY' });
    const reviewed = await exportedClaims({ drafts: 'EXCLUDE' });
    expect(drafts.filter((id) => reviewed.includes(id))).toEqual([]);
    expect([...drafts, ...reviewed].sort()).toEqual(await apiClaims({}));
  });
});

describe('an id the graph lacks', () => {
  it('is NOT_FOUND in the API and in an export, never an empty answer', async () => {
    const answer = await query(`{ claims(filter: { location: "mali" }) { totalCount } }`);
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(answer.errors?.[0]?.message).toContain('mali');
    const stats = await query(`{ supportStats(filter: { supporter: "wagnr" }, groupBy: OPERATION) { key } }`);
    expect(stats.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await expect(checkSelection(db, selectionSchema.parse({ location: 'mali' }))).rejects.toThrow(NotFoundError);
    // Known ids that select nothing together are an empty answer, not an error.
    const none = await query<{ claims: { totalCount: number } }>(
      `{ claims(filter: { location: "kidal", from: "1990", to: "1990" }) { totalCount } }`,
    );
    expect(none.errors).toBeUndefined();
    expect(none.data?.claims.totalCount).toBe(0);
  });
});

describe('a claim list projects what its query selects', () => {
  const FIELDS = `id subject { name } object { name aliases { name } } operation { name date { value } }
    location { name coordinates { lat } } evidences { quote article { title } sources { name actor { id } } }`;

  it('fetches no unselected field and answers as the full projection does', async () => {
    // Requests run on a per-request copy of the database (scoped): watch every copy.
    const read = vi.spyOn(Database.prototype, 'read');
    // Kidal's supports, and Ukraine's disputed one: quotes from two articles, several sentences each, in order.
    const list = await query<{ supports: { edges: { node: { id: string } }[] } }>(
      `{ supports(filter: { operation: "op-kidal-2023" }, first: 50) { edges { node { ${FIELDS} } } }
         ukraine: supports(filter: { supporter: "ukraine", disputed: true }) { edges { node { ${FIELDS} } } } }`,
    );
    const cypher = read.mock.calls.map(([q]) => q).find((q) => q.name === 'listClaims')?.cypher ?? '';
    read.mockRestore();
    expect(list.errors).toBeUndefined();
    expect(cypher).toContain('.name');
    for (const unread of [
      'description',
      'wikidata',
      'outcome',
      'publisher',
      'url',
      'materiel',
      'whenBasis',
      'evidenceCount',
    ]) {
      expect(cypher).not.toMatch(new RegExp(`\\.${unread}\\b`));
    }
    const data = list.data as unknown as Record<'supports' | 'ukraine', { edges: { node: { id: string } }[] }>;
    const nodes = [...data.supports.edges, ...data.ukraine.edges].map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(3);
    expect(data.ukraine.edges.length).toBeGreaterThan(0);
    // The same claims one by one through the loader, which projects everything.
    for (const node of nodes) {
      const one = await query<{ claim: unknown }>(`query ($id: ID!) { claim(id: $id) { ${FIELDS} } }`, { id: node.id });
      expect(one.data?.claim).toEqual(node);
    }
  });
});

describe('support statistics compute what their query selects', () => {
  it('leave out the distinct articles, sources and disputed claims unless asked, with the same counts', async () => {
    const read = vi.spyOn(Database.prototype, 'read');
    type Stats = { supportStats: Record<string, number | string>[] };
    const lean = await query<Stats>('{ supportStats(groupBy: SUPPORTER) { key claims evidences } }');
    const full = await query<Stats>(
      '{ supportStats(groupBy: SUPPORTER) { key claims evidences articles sources disputed } }',
    );
    const statements = read.mock.calls.map(([q]) => q).filter((q) => q.name.startsWith('supportStats'));
    read.mockRestore();
    expect([lean.errors, full.errors]).toEqual([undefined, undefined]);
    const [leanCypher, fullCypher] = statements.map((q) => q.cypher);
    for (const costly of [':FROM_ARTICLE', ':CITES', 'factKey']) {
      expect(leanCypher).not.toContain(costly);
      expect(fullCypher).toContain(costly);
    }
    expect(full.data!.supportStats.length).toBeGreaterThan(2);
    expect(full.data!.supportStats.some((s) => Number(s.disputed) > 0 || Number(s.sources) > 0)).toBe(true);
    expect(lean.data!.supportStats).toEqual(
      full.data!.supportStats.map(({ key, claims, evidences }) => ({ key, claims, evidences })),
    );
  });
});

describe("one pair's claims (a link's drill-down)", () => {
  const PAIR_CLAIMS = namedQuery(
    'testPairClaims',
    `MATCH (:Actor {id: $subject})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(:Actor {id: $object})
     WHERE $kinds IS NULL OR c.kind IN $kinds
     RETURN c.id AS id ORDER BY id`,
    z.object({ id: z.string() }),
  );
  const PAIRS = namedQuery(
    'testPairs',
    `MATCH (s:Actor)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Actor)
     RETURN s.id AS subject, o.id AS object, count(c) AS claims ORDER BY claims DESC, subject, object LIMIT 5`,
    z.object({ subject: z.string(), object: z.string(), claims: z.number() }),
  );

  it('seeks the pair index and selects what the relationships say, with kinds and roll-up', async () => {
    const read = vi.spyOn(Database.prototype, 'read');
    const pairs = await db.read(PAIRS);
    expect(pairs[0]!.claims).toBeGreaterThan(1);
    for (const { subject, object } of pairs) {
      const expected = (await db.read(PAIR_CLAIMS, { subject, object, kinds: null })).map((r) => r.id);
      expect(await apiClaims({ subject, object })).toEqual(expected);
      const support = (await db.read(PAIR_CLAIMS, { subject, object, kinds: ['SUPPORT'] })).map((r) => r.id);
      expect(await apiClaims({ subject, object, kinds: ['SUPPORT'] })).toEqual(support);
    }
    const cypher = read.mock.calls.map(([q]) => q).find((q) => q.name === 'listClaims')?.cypher ?? '';
    read.mockRestore();
    expect(cypher).toContain('USING INDEX SEEK c:Claim(subjectId, objectId');
    // Rolled up, the pair is a pair of roots: the seek no longer applies and the actors' walk does.
    const rolled = await apiClaims({ subject: 'russia', object: 'mali', rollUp: true });
    const direct = await apiClaims({ subject: 'russia', object: 'mali' });
    expect(rolled.length).toBeGreaterThan(direct.length);
    expect(rolled).toEqual(expect.arrayContaining(direct));
  });
});
