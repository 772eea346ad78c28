import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { MultiDirectedGraph as Graph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors.ts';
import { type ExportFormat, exportSubgraph } from '../../src/export/export-service.ts';
import type { SelectionInput } from '../../src/export/selection.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { openSeededGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// The actor network view: who did what to whom, one edge per claim, read back by independent parsers and
// compared with what the GraphQL API answers for the same question.

let db: Database;
let dir: string;
const KIDAL_ACTORS: SelectionInput = { operations: ['op-kidal-2023'], view: 'actors' };

beforeAll(async () => {
  db = await openSeededGraph();
  dir = await mkdtemp(join(tmpdir(), 'conflict-kg-actor-export-'));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function graphOf(format: 'graphml' | 'gexf', selection: Record<string, unknown>, name: string) {
  const out = join(dir, name);
  await exportSubgraph(db, selection, format, out);
  const text = await readFile(join(out, `graph.${format}`), 'utf8');
  return (format === 'graphml' ? graphml : gexf).parse(Graph, text);
}

/** A list attribute: JSON text in GraphML; GEXF's `liststring`, which graphology already reads as a list. */
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : JSON.parse(String(value)));

/** "supporter>recipient:TYPE:CERTAINTY" for each SUPPORT edge, sorted. */
function supports(graph: Graph) {
  return graph
    .filterEdges((_e, a) => a.kind === 'SUPPORT')
    .map((e) => {
      const a = graph.getEdgeAttributes(e);
      return `${graph.source(e)}>${graph.target(e)}:${a.supportType}:${a.certainty}`;
    })
    .sort();
}

describe('actor network export', () => {
  it('gives the Kidal supports as supporter → recipient edges, the same as the GraphQL API, in GraphML and GEXF', async () => {
    const query = graphqlClient(db);
    const answer = await query<{
      supports: {
        edges: { node: { subject: { id: string }; object: { id: string }; supportType: string; certainty: string } }[];
      };
    }>(
      `{ supports(filter: { operation: "op-kidal-2023" }, first: 50) {
           edges { node { subject { id } object { id } supportType certainty } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const expected = answer
      .data!.supports.edges.map(({ node: n }) => `${n.subject.id}>${n.object.id}:${n.supportType}:${n.certainty}`)
      .sort();
    expect(expected).toHaveLength(7);
    for (const format of ['graphml', 'gexf'] as const) {
      const graph = await graphOf(format, KIDAL_ACTORS, `kidal-${format}`);
      expect(supports(graph)).toEqual(expected);
      // Nodes are actors, keyed by their id, with a readable label, their type and their parents.
      expect(graph.getNodeAttributes('niger')).toMatchObject({ label: 'Niger', type: 'Actor', kind: 'STATE' });
      expect(graph.hasNodeAttribute('niger', 'id')).toBe(false);
      expect(list(graph.getNodeAttribute('fama', 'partOf'))).toContain('mali');
      // Materiel is a list (JSON text in both formats), absent rather than empty.
      const jet = graph.findEdge((_e, a) => a.claim === 'niger-fighter-jet-kidal-2023')!;
      expect(list(graph.getEdgeAttribute(jet, 'materiel'))).toEqual(['avion de chasse']);
      expect(graph.getEdgeAttributes(jet)).toMatchObject({
        type: 'SUPPORT',
        polarity: 'ASSERTED',
        disputed: false,
        operation: 'op-kidal-2023',
        operationName: expect.any(String),
        evidenceCount: 1,
        articleCount: 1,
        start: '2023-11-14',
      });
      expect(graph.getEdgeAttribute(jet, 'label')).toMatch(/^Niger → .+: aircraft \(avion de chasse\), POSSIBLE$/);
      const combat = graph.findEdge((_e, a) => a.kind === 'COMBAT')!;
      expect(graph.hasEdgeAttribute(combat, 'materiel')).toBe(false);
    }
  });

  it('links the two alternatives ("drone or munitions") to each other and to their group', async () => {
    const graph = await graphOf('graphml', KIDAL_ACTORS, 'alternatives');
    const alternatives = graph.filterEdges((_e, a) => a.alternativeGroup !== undefined);
    expect(alternatives).toHaveLength(2);
    const [a, b] = alternatives.map((e) => graph.getEdgeAttributes(e));
    expect(a!.alternativeGroup).toBe(b!.alternativeGroup);
    expect(list(a!.alternativeTo)).toEqual([b!.claim]);
    expect(list(b!.alternativeTo)).toEqual([a!.claim]);
    expect([a!.supportType, b!.supportType].sort()).toEqual(['DRONES', 'MUNITIONS']);
  });

  it("shows Ukraine's alleged and denied intelligence support as a disputed pair", async () => {
    const graph = await graphOf('gexf', { actors: ['ukraine', 'csp'], view: 'actors' }, 'ukraine');
    const pair = graph
      .edges('ukraine', 'csp')
      .map((e) => graph.getEdgeAttributes(e))
      .filter((a) => a.supportType === 'INTELLIGENCE');
    expect(pair.map((a) => a.polarity).sort()).toEqual(['ASSERTED', 'DENIED']);
    for (const a of pair) expect(a.disputed).toBe(true);
    const [asserted, denied] = [...pair].sort((x, y) => String(x.polarity).localeCompare(String(y.polarity)));
    expect(list(asserted!.contradictedBy)).toEqual([denied!.claim]);
    expect(list(denied!.contradictedBy)).toEqual([asserted!.claim]);
    expect(denied!.label).toMatch(/, DENIED$/);
  });

  it('weighted: merges parallel claims with counts, never an assertion with its denial', async () => {
    const graph = await graphOf('graphml', { view: 'actors', weighted: true }, 'weighted');
    const edges = graph.mapEdges(
      (e, a): Record<string, unknown> => ({ ...a, source: graph.source(e), target: graph.target(e) }),
    );
    const niger = edges.find((e) => e.source === 'niger' && e.target === 'fama' && e.kind === 'SUPPORT')!;
    expect(niger.weight).toBe(list(niger.claims).length);
    expect(list(niger.claims)).toEqual(
      expect.arrayContaining(['niger-cargo-aircraft-kidal-2023', 'niger-fighter-jet-kidal-2023']),
    );
    expect(niger.certainty).toBe('REPORTED');
    const ukraine = edges.filter((e) => e.source === 'ukraine' && e.target === 'csp' && e.kind === 'SUPPORT');
    expect(ukraine.map((e) => e.polarity).sort()).toEqual(['ASSERTED', 'DENIED']);
    for (const e of ukraine) expect(e.disputed).toBe(true);
    // In GEXF the weight is the edge's own (what Gephi and networkx read), not an attribute beside it.
    const xml = await (async () => {
      await exportSubgraph(db, { view: 'actors', weighted: true }, 'gexf', join(dir, 'weighted-gexf'));
      return readFile(join(dir, 'weighted-gexf', 'graph.gexf'), 'utf8');
    })();
    expect(xml).toMatch(/<edge id="SUPPORT:niger-&gt;fama:ASSERTED" [^>]* weight="3"/);
    expect(xml).not.toContain('<attribute id="weight"');
    const unweighted = await exportSubgraph(db, { view: 'actors' }, 'jgf', join(dir, 'unweighted'));
    const total = Object.values(unweighted.counts.relationships).reduce((a, b) => a + b, 0);
    expect(edges.reduce((sum, e) => sum + Number(e.weight), 0)).toBe(total);
  });

  it('writes every format; CSV has one typed file per label and per claim kind', async () => {
    for (const format of ['graphml', 'gexf', 'csv', 'cytoscape', 'jgf'] as ExportFormat[]) {
      const manifest = await exportSubgraph(db, KIDAL_ACTORS, format, join(dir, `all-${format}`));
      expect(manifest.selection.view).toBe('actors');
      expect(manifest.counts.relationships.SUPPORT).toBe(7);
      expect(manifest.counts.nodes.Actor).toBeGreaterThan(3);
    }
    const files = (await exportSubgraph(db, KIDAL_ACTORS, 'csv', join(dir, 'csv'))).files.map((f) => f.name);
    expect(files).toEqual(expect.arrayContaining(['nodes-Actor.csv', 'relationships-SUPPORT.csv']));
    const rows = parse(await readFile(join(dir, 'csv', 'relationships-SUPPORT.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(7);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([':START_ID', ':END_ID', ':TYPE', 'certainty', 'materiel:string[]', 'disputed:boolean']),
    );
    const cy = JSON.parse(await readFile(join(dir, 'all-cytoscape', 'graph.cytoscape.json'), 'utf8'));
    const keys = cy.elements.edges.map((e: { data: { key: string } }) => e.data.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses weighting outside the actor view, and an unknown view, by name', async () => {
    await expect(exportSubgraph(db, { weighted: true }, 'jgf', join(dir, 'bad'))).rejects.toThrow(/weighted/);
    await expect(exportSubgraph(db, { view: 'people' } as never, 'jgf', join(dir, 'bad'))).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
