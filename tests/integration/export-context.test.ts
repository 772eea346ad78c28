import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph as Graph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportSubgraph } from '../../src/export/export-service.ts';
import type { SelectionInput } from '../../src/export/selection.ts';
import { type Database, namedQuery } from '../../src/neo4j/database.ts';
import { openSeededGraph } from '../helpers/database.ts';

// The claim graph carries what makes it special (alternatives, denials, readable claims) and the context a
// selection needs to be read on its own (hierarchies, alliance periods); the whole graph is the whole graph.

let db: Database;
let dir: string;

const LABEL_COUNTS = namedQuery(
  'labelCounts',
  'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n',
  z.object({ label: z.string(), n: z.number() }),
);
const TYPE_COUNTS = namedQuery(
  'typeCounts',
  'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n',
  z.object({ type: z.string(), n: z.number() }),
);
const AES_MEMBER_CLAIMS_BEFORE_JOINING = namedQuery(
  'aesBeforeJoining',
  `MATCH (c:Claim)-[:SUBJECT|OBJECT]->(:Actor)-[:PART_OF*0..3]->(:Actor)-[m:MEMBER_OF]->(:Actor {id: 'aes'})
   WHERE c.sortDateEnd < m.sinceStart RETURN DISTINCT c.id AS id`,
  z.object({ id: z.string() }),
);

beforeAll(async () => {
  db = await openSeededGraph();
  dir = await mkdtemp(join(tmpdir(), 'conflict-kg-export-context-'));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function graphml_(selection: SelectionInput, name: string) {
  const manifest = await exportSubgraph(db, selection, 'graphml', join(dir, name));
  const graph = graphml.parse(Graph, await readFile(join(dir, name, 'graph.graphml'), 'utf8'));
  return { manifest, graph };
}

const edgesOfType = (graph: Graph, type: string) =>
  graph.filterEdges((_e, a) => a.type === type).map((e) => `${graph.source(e)}>${graph.target(e)}`);

describe('the claim graph export', () => {
  it('whole graph: every node and relationship Neo4j holds, Kidal → Kidal region → Mali included', async () => {
    const { manifest, graph } = await graphml_({}, 'whole');
    const labels = Object.fromEntries((await db.read(LABEL_COUNTS)).map((r) => [r.label, r.n]));
    const types = Object.fromEntries((await db.read(TYPE_COUNTS)).map((r) => [r.type, r.n]));
    for (const label of ['Actor', 'Location', 'Operation', 'Claim', 'Article', 'Source'])
      expect(manifest.counts.nodes[label], label).toBe(labels[label]);
    for (const type of ['PART_OF', 'MEMBER_OF', 'AFFILIATED_WITH', 'SUCCEEDS', 'IS_ACTOR', 'AT', 'SUBJECT', 'OBJECT'])
      expect(manifest.counts.relationships[type], type).toBe(types[type]);
    expect(manifest.counts.relationships.SUPPORTS).toBe(types.SUPPORTS);
    // One quote backing two alternatives is one evidence node: fewer evidence nodes than stored, never more.
    expect(manifest.counts.nodes.Evidence).toBeLessThan(labels.Evidence!);
    const partOf = edgesOfType(graph, 'PART_OF');
    expect(partOf).toContain('Location:kidal>Location:kidal-region');
    expect(partOf).toContain('Location:kidal-region>Location:mali-country');
  });

  it('a selection brings along the parents its places and actors roll up to, as hierarchy edges', async () => {
    const { graph } = await graphml_({ operations: ['op-kidal-2023'], claimKinds: ['SUPPORT'] }, 'kidal');
    const partOf = edgesOfType(graph, 'PART_OF');
    expect(partOf).toEqual(
      expect.arrayContaining([
        'Location:kidal>Location:kidal-region',
        'Location:kidal-region>Location:mali-country',
        'Actor:fama>Actor:mali',
      ]),
    );
    expect(graph.getNodeAttribute('Location:mali-country', 'type')).toBe('Location');
    expect(edgesOfType(graph, 'MEMBER_OF')).toContain('Actor:niger>Actor:aes');
  });

  it('links alternatives and denials, with one evidence node for a shared quote and readable claim labels', async () => {
    const { graph } = await graphml_({ operations: ['op-kidal-2023'] }, 'alternatives');
    const [pair] = edgesOfType(graph, 'ALTERNATIVE_TO');
    const [a, b] = pair!.split('>') as [string, string];
    expect([graph.getNodeAttribute(a, 'supportType'), graph.getNodeAttribute(b, 'supportType')].sort()).toEqual([
      'DRONES',
      'MUNITIONS',
    ]);
    expect(graph.getNodeAttribute(a, 'alternativeGroup')).toBe(graph.getNodeAttribute(b, 'alternativeGroup'));
    const quote = graph.filterNodes((_n, x) => x.type === 'Evidence' && String(x.quote).includes('drone ou'));
    expect(quote).toHaveLength(1);
    expect(
      graph
        .outNeighbors(quote[0]!)
        .filter((n) => n.startsWith('Claim:'))
        .sort(),
    ).toEqual([a, b].sort());
    expect(graph.getNodeAttribute('Claim:niger-fighter-jet-kidal-2023', 'label')).toMatch(
      /^Niger → .+: aircraft \(avion de chasse\), POSSIBLE$/,
    );

    const ukraine = await graphml_({ actors: ['ukraine', 'csp'] }, 'ukraine');
    const [contradiction] = edgesOfType(ukraine.graph, 'CONTRADICTS');
    const ends = contradiction!.split('>').map((n) => ukraine.graph.getNodeAttributes(n));
    expect(ends.map((n) => n.polarity).sort()).toEqual(['ASSERTED', 'DENIED']);
    for (const n of ends) expect(n).toMatchObject({ disputed: true, supportType: 'INTELLIGENCE' });
  });

  it('an alliance selection respects membership dates; GEXF plays memberships on its timeline', async () => {
    const before = (await db.read(AES_MEMBER_CLAIMS_BEFORE_JOINING)).map((r) => r.id);
    expect(before.length).toBeGreaterThan(0);
    const { graph } = await graphml_({ alliance: 'aes' }, 'aes');
    const claims = graph.filterNodes((_n, a) => a.type === 'Claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const id of before) {
      // Selected only if the claim also involves a member at a time it was one (another alliance's member, say).
      if (graph.hasNode(`Claim:${id}`))
        expect(String(graph.getNodeAttribute(`Claim:${id}`, 'whenEnd')) >= '2023-09-16').toBe(true);
    }
    expect(before.some((id) => !graph.hasNode(`Claim:${id}`))).toBe(true);

    await exportSubgraph(db, { actors: ['niger', 'aes'] }, 'gexf', join(dir, 'gexf'));
    const xml = await readFile(join(dir, 'gexf', 'graph.gexf'), 'utf8');
    expect(xml).toMatch(/<edge [^>]*source="Actor:niger" target="Actor:aes" label="MEMBER_OF" start="2023-09-16">/);
    const parsed = gexf.parse(Graph, xml);
    expect(parsed.getNodeAttribute('Actor:aes', 'type')).toBe('Actor');
  });
});

describe('roll-up in exports', () => {
  const supportPairs = async (selection: SelectionInput, name: string) => {
    const { graph } = await graphml_({ view: 'actors', claimKinds: ['SUPPORT'], ...selection }, name);
    return graph
      .filterEdges((_e, a) => a.type === 'SUPPORT')
      .map((e) => `${graph.source(e)}>${graph.target(e)}`)
      .sort();
  };

  it('counts FAMa as Mali and Wagner as Russia at the claim date, as rollUp does in the API', async () => {
    // Claims name the army, not the state: without roll-up, "between Niger and Mali" finds nothing at Kidal.
    const asked = { actors: ['niger', 'mali'], operations: ['op-kidal-2023'] };
    expect(await supportPairs(asked, 'no-roll-up')).toEqual([]);
    expect(await supportPairs({ ...asked, rollUp: true }, 'roll-up')).toContain('niger>fama');
    // Wagner's Kidal support (2023) is Russia's: its affiliation lasted until 2025-06.
    const russia = await supportPairs(
      { actors: ['russia', 'mali'], operations: ['op-kidal-2023'], rollUp: true },
      'roll-up-russia',
    );
    expect(russia).toContain('wagner>fama');
    expect(russia).not.toContain('niger>fama');
  });
});
