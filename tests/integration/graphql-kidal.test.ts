import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.ts';
import { openSeededGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// The analyst's questions about the Kidal article, answered through the HTTP handler from the seeded graph.

let db: Database;
let query: ReturnType<typeof graphqlClient>;

interface SupportEdge {
  node: {
    subject: { id: string };
    supportType: string;
    materiel: string[];
    certainty: string;
    officiallyAcknowledged: boolean | null;
    evidences: { quote: string; hedge: string | null; article: { publisher: string }; sources: { id: string }[] }[];
  };
}

beforeAll(async () => {
  db = await openSeededGraph();
  query = graphqlClient(db);
});
afterAll(() => db.close());

const SUPPORT_FIELDS = `edges { node {
  subject { id } supportType materiel certainty officiallyAcknowledged
  evidences { quote hedge article { publisher } sources { id } } } }`;

describe('the Kidal operation', () => {
  it('who supported Mali in the capture of Kidal, with what, how sure, quoting the article', async () => {
    const result = await query<{ supports: { totalCount: number; edges: SupportEdge[] } }>(
      `{ supports(filter: { operation: "op-kidal-2023", recipient: "mali", rollUp: true }, first: 50) { totalCount ${SUPPORT_FIELDS} } }`,
    );
    expect(result.errors).toBeUndefined();
    const rows = result
      .data!.supports.edges.map((e) => `${e.node.subject.id}:${e.node.supportType}:${e.node.certainty}`)
      .sort();
    expect(rows).toEqual([
      'burkina-faso:ADVISERS:REPORTED',
      'burkina-faso:DRONES:ALTERNATIVE',
      'burkina-faso:MUNITIONS:ALTERNATIVE',
      'niger:ADVISERS:REPORTED',
      'niger:AIRCRAFT:POSSIBLE',
      'niger:AIRCRAFT:REPORTED',
      'wagner:MERCENARIES:REPORTED',
    ]);
    expect(result.data!.supports.totalCount).toBe(7);
    const jet = result.data!.supports.edges.find((e) => e.node.materiel.includes('avion de chasse'))!.node;
    expect(jet.evidences[0]).toMatchObject({
      quote: 'peut-être aussi un avion de chasse',
      hedge: 'peut-être',
      article: { publisher: 'Nouvelles Du Monde' },
    });
    expect(jet.evidences[0]!.sources.map((s) => s.id).sort()).toEqual([
      'burkinabe-security-sources',
      'csp-rebels',
      'malian-security-sources',
      'observers',
    ]);
    expect(jet.officiallyAcknowledged).toBe(false);
  });

  it('without roll-up, support to "mali" excludes what went to its army', async () => {
    const result = await query<{ supports: { totalCount: number } }>(
      '{ supports(filter: { operation: "op-kidal-2023", recipient: "mali" }) { totalCount } }',
    );
    expect(result.data?.supports.totalCount).toBe(0);
  });

  it('which contributions were only possible or one of alternatives', async () => {
    const result = await query<{
      supports: { edges: (SupportEdge & { node: { alternatives: { materiel: string[] }[] } })[] };
    }>(
      `{ supports(filter: { operation: "op-kidal-2023", certainties: [POSSIBLE, ALTERNATIVE] }) {
           edges { node { subject { id } materiel certainty alternatives { materiel } evidences { hedge } } } } }`,
    );
    const rows = result.data!.supports.edges.map((e) => ({
      who: e.node.subject.id,
      what: e.node.materiel[0],
      certainty: e.node.certainty,
      hedge: e.node.evidences[0]?.hedge,
      or: e.node.alternatives.map((a) => a.materiel[0]),
    }));
    expect(rows).toEqual(
      expect.arrayContaining([
        { who: 'niger', what: 'avion de chasse', certainty: 'POSSIBLE', hedge: 'peut-être', or: [] },
        {
          who: 'burkina-faso',
          what: 'drone',
          certainty: 'ALTERNATIVE',
          hedge: 'ou au moins',
          or: ['munitions pour des frappes de drone'],
        },
        {
          who: 'burkina-faso',
          what: 'munitions pour des frappes de drone',
          certainty: 'ALTERNATIVE',
          hedge: 'ou au moins',
          or: ['drone'],
        },
      ]),
    );
    expect(rows).toHaveLength(3);
  });

  it('who sent officers to the Gao command post', async () => {
    const result = await query<{ supports: { edges: SupportEdge[] } }>(
      `{ supports(filter: { location: "gao", supportTypes: [ADVISERS] }) { ${SUPPORT_FIELDS} } }`,
    );
    expect(result.data!.supports.edges.map((e) => e.node.subject.id).sort()).toEqual(['burkina-faso', 'niger']);
    expect(result.data!.supports.edges[0]!.node.evidences[0]!.quote).toContain('poste de commandement');
  });

  it('who the AES members were and since when', async () => {
    const result = await query<{
      alliance: { name: string; members: { member: { id: string }; since: { value: string; precision: string } }[] };
    }>('{ alliance(id: "aes") { name members { member { id } since { value precision } } } }');
    expect(result.data!.alliance.members).toEqual(
      ['burkina-faso', 'mali', 'niger'].map((id) => ({
        member: { id },
        since: { value: '2023-09-16', precision: 'DAY' },
      })),
    );
    const claims = await query<{ claims: { edges: { node: { subject: { id: string }; date: { value: string } } }[] } }>(
      '{ claims(filter: { kinds: [MEMBERSHIP], object: "aes" }) { edges { node { subject { id } date { value } } } } }',
    );
    expect(claims.data!.claims.edges.map((e) => e.node.subject.id).sort()).toEqual(['burkina-faso', 'mali', 'niger']);
  });

  it('who congratulated Mali after Kidal, and who was angered by it', async () => {
    const result = await query<{ claims: { edges: { node: { subject: { id: string } } }[] } }>(
      `{ claims(filter: { kinds: [STATEMENT], statementTypes: [CONGRATULATION], object: "mali", operation: "op-kidal-2023" }) {
           edges { node { subject { id } } } } }`,
    );
    expect(result.data!.claims.edges.map((e) => e.node.subject.id).sort()).toEqual(['burkina-faso', 'niger', 'russia']);
    const anger = await query<{ claims: { totalCount: number } }>(
      '{ claims(filter: { kinds: [STATEMENT], statementTypes: [PROTEST], subject: "csp", operation: "op-kidal-2023" }) { totalCount } }',
    );
    expect(anger.data!.claims.totalCount).toBe(3);
  });

  it('finds actors by any alias, ignoring case and accents, in French and English', async () => {
    for (const [search, id] of [
      ['armee malienne', 'fama'],
      ['Burkina', 'burkina-faso'],
      ['wagner', 'wagner'],
      ['Malian army', 'fama'],
    ]) {
      const result = await query<{ actors: { edges: { node: { id: string } }[] } }>(
        'query ($s: String) { actors(search: $s, first: 3) { edges { node { id } } } }',
        { s: search },
      );
      expect(result.data!.actors.edges.map((e) => e.node.id)).toContain(id);
    }
  });
});

describe('errors', () => {
  it('names the bad argument and hides internals', async () => {
    const tooMany = await query('{ supports(first: 1000) { totalCount } }');
    expect(tooMany.errors?.[0]).toMatchObject({
      message: expect.stringContaining('first'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const badDate = await query('{ supports(filter: { from: "2023-02-30" }) { totalCount } }');
    expect(badDate.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'filter.from' } });
    const badCursor = await query('{ claims(after: "garbage") { totalCount } }');
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const r of [tooMany, badDate, badCursor]) expect(JSON.stringify(r)).not.toMatch(/MATCH|stack|at .*\.ts/);
  });
});
