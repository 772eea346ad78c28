import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { MultiDirectedGraph as Graph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localEnvironment, parseEnvironment } from '../../src/config/environment.ts';
import { ValidationError } from '../../src/errors.ts';
import { exportSubgraph, type Manifest } from '../../src/export/export-service.ts';
import { silentLogger } from '../../src/logger.ts';
import { Database, namedQuery } from '../../src/neo4j/database.ts';
import { classpath } from '../../src/neo4j/local/install.ts';
import { freePort, LocalNeo4j } from '../../src/neo4j/local/server.ts';
import { openSeededGraph } from '../helpers/database.ts';

let db: Database;
let dir: string;
const COUNT_CLAIMS = namedQuery('countClaims', 'MATCH (c:Claim) RETURN count(c) AS n', z.object({ n: z.number() }));
const KIDAL = { operations: ['op-kidal-2023'] };
const LABEL_COUNTS = namedQuery(
  'importedLabelCounts',
  'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n',
  z.object({ label: z.string(), n: z.number() }),
);

beforeAll(async () => {
  db = await openSeededGraph();
  dir = await mkdtemp(join(tmpdir(), 'conflict-kg-export-'));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

async function checkFiles(out: string, manifest: Manifest) {
  const onDisk = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;
  expect(onDisk.counts).toEqual(manifest.counts);
  for (const f of manifest.files) expect(await sha(join(out, f.name))).toBe(f.sha256);
}

describe('export of the Kidal operation', () => {
  it('CSV: read back with a CSV parser, typed columns, and imported by neo4j-admin with the same counts', async () => {
    const out = join(dir, 'csv');
    const manifest = await exportSubgraph(db, KIDAL, 'csv', out);
    await checkFiles(out, manifest);
    expect(manifest.articles.map((a) => a.id)).toContain('ndm-2023-11-17-kidal-offensive');
    expect(manifest.counts.nodes).toMatchObject({
      Claim: expect.any(Number),
      Actor: expect.any(Number),
      Evidence: expect.any(Number),
    });

    const read = async (prefix: string) => {
      const rows: Record<string, string>[] = [];
      for (const f of manifest.files.filter((file) => file.name.startsWith(prefix)))
        rows.push(...(parse(await readFile(join(out, f.name)), { columns: true }) as Record<string, string>[]));
      return rows;
    };
    // One file per label and per relationship type, each with only its own columns.
    expect(manifest.files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['nodes-Claim.csv', 'nodes-Evidence.csv', 'relationships-SUBJECT.csv']),
    );
    const nodes = await read('nodes-');
    const rels = await read('relationships-');
    const claimHeader = Object.keys(
      (parse(await readFile(join(out, 'nodes-Claim.csv')), { columns: true }) as Record<string, string>[])[0]!,
    );
    expect(claimHeader).not.toContain('quote');
    // which claims an extractor made and no writer accepted: the seed's are all reviewed
    expect(claimHeader).toContain('draft:boolean');
    expect(nodes.filter((n) => n[':LABEL'] === 'Claim').every((n) => n['draft:boolean'] === 'false')).toBe(true);
    expect(nodes).toHaveLength(total(manifest.counts.nodes));
    expect(rels).toHaveLength(total(manifest.counts.relationships));
    const ids = new Set(nodes.map((n) => n[':ID']));
    for (const r of rels) expect(ids.has(r[':START_ID']!) && ids.has(r[':END_ID']!)).toBe(true);
    const jet = nodes.find((n) => n[':LABEL'] === 'Evidence' && n.quote === 'peut-être aussi un avion de chasse')!;
    expect(jet).toMatchObject({
      'sentence:long': expect.stringMatching(/^\d+$/),
      certainty: 'POSSIBLE',
      hedge: 'peut-être',
    });
    const kidal = nodes.find((n) => n[':ID'] === 'Operation:op-kidal-2023')!;
    expect(kidal['dateStart:date']).toBe('2023-11-14');

    const { cacheDir, version, javaHome } = parseEnvironment().local;
    // Imported into the data directory of a local Neo4j started afterwards, to read the labels back.
    const target = new LocalNeo4j(localEnvironment(join(dir, 'imported'), await freePort()).local, silentLogger);
    const home = join(dir, 'import-home');
    await mkdir(join(home, 'conf'), { recursive: true });
    await writeFile(
      join(home, 'conf', 'neo4j.conf'),
      `server.directories.data=${target.paths.data}\nserver.directories.logs=${join(home, 'logs')}\n`,
    );
    const result = spawnSync(
      javaHome ? join(javaHome, 'bin', 'java') : 'java',
      [
        '-cp',
        classpath(cacheDir, version),
        'org.neo4j.cli.AdminTool',
        'database',
        'import',
        'full',
        'neo4j',
        ...manifest.files.filter((f) => f.name.startsWith('nodes-')).map((f) => `--nodes=${join(out, f.name)}`),
        ...manifest.files
          .filter((f) => f.name.startsWith('relationships-'))
          .map((f) => `--relationships=${join(out, f.name)}`),
      ],
      { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') }, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${total(manifest.counts.nodes)} nodes`);
    expect(result.stdout).toContain(`${total(manifest.counts.relationships)} relationships`);

    // Every label survives, :Alliance included (the Kidal selection brings the alliances its states belong to).
    const alliances = nodes.filter((n) => n[':LABEL']!.split(';').includes('Alliance')).length;
    expect(alliances).toBeGreaterThan(0);
    const connection = await target.start('service');
    const { uri, user, password } = connection;
    const imported = Database.connect({ uri, user, password, database: 'neo4j', txTimeoutMs: 30_000 }, silentLogger);
    try {
      const labels = Object.fromEntries((await imported.read(LABEL_COUNTS)).map((r) => [r.label, r.n]));
      expect(labels).toEqual({ ...manifest.counts.nodes, Alliance: alliances });
    } finally {
      await imported.close();
      await target.stop();
    }
  }, 240_000); // neo4j-admin and a second Neo4j start: minutes on a busy machine

  it('Cytoscape.js and JSON Graph Format: the same nodes and edges, numbers and booleans typed', async () => {
    const cy = await exportSubgraph(db, KIDAL, 'cytoscape', join(dir, 'cy'));
    await checkFiles(join(dir, 'cy'), cy);
    const elements = JSON.parse(await readFile(join(dir, 'cy', 'graph.cytoscape.json'), 'utf8')).elements as {
      nodes: { data: Record<string, unknown> }[];
      edges: { data: { source: string; target: string; type: string } }[];
    };
    expect(elements.nodes).toHaveLength(total(cy.counts.nodes));
    expect(elements.edges).toHaveLength(total(cy.counts.relationships));
    const keys = new Set(elements.nodes.map((n) => n.data.id));
    for (const e of elements.edges) expect(keys.has(e.data.source) && keys.has(e.data.target)).toBe(true);
    const evidence = elements.nodes.find((n) => n.data.type === 'Evidence')!.data;
    expect(typeof evidence.sentence).toBe('number');
    const claim = elements.nodes.find(
      (n) => n.data.type === 'Claim' && n.data.officiallyAcknowledged !== undefined,
    )!.data;
    expect(typeof claim.officiallyAcknowledged).toBe('boolean');

    const jgf = await exportSubgraph(db, KIDAL, 'jgf', join(dir, 'jgf'));
    const graph = JSON.parse(await readFile(join(dir, 'jgf', 'graph.jgf.json'), 'utf8')).graph as {
      nodes: Record<string, unknown>;
      edges: unknown[];
    };
    expect(Object.keys(graph.nodes).sort()).toEqual([...keys].sort());
    expect(graph.edges).toHaveLength(total(jgf.counts.relationships));
  });

  it('GraphML and GEXF: read back by graphology with the same nodes, edges and typed attributes; GEXF has a timeline', async () => {
    for (const [format, file, parser] of [
      ['graphml', 'graph.graphml', graphml],
      ['gexf', 'graph.gexf', gexf],
    ] as const) {
      const out = join(dir, format);
      const manifest = await exportSubgraph(db, KIDAL, format, out);
      await checkFiles(out, manifest);
      const graph = parser.parse(Graph, await readFile(join(out, file), 'utf8'));
      expect(graph.order).toBe(total(manifest.counts.nodes));
      expect(graph.size).toBe(total(manifest.counts.relationships));
      // The same columns in both: `type` is the label, `label` a readable name, no `id` beside the node id.
      const typeOf = (key: string) => graph.getNodeAttribute(key, 'type');
      expect(graph.getNodeAttribute('Actor:niger', 'label')).toBe('Niger');
      expect(graph.hasNodeAttribute('Actor:niger', 'id')).toBe(false);
      const evidence = graph.findNode((key: string) => typeOf(key) === 'Evidence')!;
      expect(typeof graph.getNodeAttribute(evidence, 'sentence')).toBe('number');
      const claim = graph.findNode(
        (key: string) => typeOf(key) === 'Claim' && graph.hasNodeAttribute(key, 'officiallyAcknowledged'),
      )!;
      expect(typeof graph.getNodeAttribute(claim, 'officiallyAcknowledged')).toBe('boolean');
      expect(graph.getNodeAttribute('Actor:niger', 'name')).toBe('Niger');
    }
    const xml = await readFile(join(dir, 'gexf', 'graph.gexf'), 'utf8');
    expect(xml).toContain('mode="dynamic" timeformat="date"');
    expect(xml).toMatch(/<node id="Operation:op-kidal-2023"[^>]* start="2023-11-14" end="2023-11-14">/);
    expect(xml).toMatch(/<edge [^>]*label="SUBJECT" start="2023-11-\d\d" end="2023-11-\d\d">/);
  });

  it('selects by actor and depth, by kind and certainty, and can leave evidence out', async () => {
    const small = await exportSubgraph(
      db,
      { actors: ['niger', 'fama'], claimKinds: ['SUPPORT'], minCertainty: 'REPORTED', includeEvidence: false },
      'jgf',
      join(dir, 'small'),
    );
    expect(small.counts.nodes.Evidence).toBeUndefined();
    expect(small.counts.nodes.Claim).toBe(2);
    const wider = await exportSubgraph(
      db,
      { actors: ['fama'], depth: 1, claimKinds: ['SUPPORT'] },
      'jgf',
      join(dir, 'wide'),
    );
    expect(wider.counts.nodes.Claim!).toBeGreaterThan(small.counts.nodes.Claim!);
  });

  it('refuses a bad selection, naming the field', async () => {
    await expect(exportSubgraph(db, { depth: 9 } as never, 'csv', join(dir, 'bad'))).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(exportSubgraph(db, { from: '2023-13' }, 'csv', join(dir, 'bad'))).rejects.toThrow(
      /from: invalid date/,
    );
  });

  it('exports the whole graph with every node and edge once, and the same graph gives the same bytes', async () => {
    const first = await exportSubgraph(db, {}, 'cytoscape', join(dir, 'all-1'));
    const again = await exportSubgraph(db, {}, 'cytoscape', join(dir, 'all-2'));
    expect(again.files[0]!.sha256).toBe(first.files[0]!.sha256);
    const { nodes, edges } = JSON.parse(await readFile(join(dir, 'all-1', 'graph.cytoscape.json'), 'utf8'))
      .elements as {
      nodes: { data: { id: string } }[];
      edges: { data: { id: string; source: string; target: string } }[];
    };
    const nodeIds = new Set(nodes.map((n) => n.data.id));
    expect(nodeIds.size).toBe(nodes.length);
    expect(new Set(edges.map((e) => e.data.id)).size).toBe(edges.length);
    for (const e of edges) expect(nodeIds.has(e.data.source) && nodeIds.has(e.data.target)).toBe(true);
    const [claims] = await db.read(COUNT_CLAIMS);
    expect(first.counts.nodes.Claim).toBe(claims!.n);
  });
});
