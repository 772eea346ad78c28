import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config/environment.ts';
import { exportSubgraph } from '../../src/export/export-service.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { openSeededGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// The exports read by the tools researchers use — networkx (GraphML, GEXF, Cytoscape JSON), igraph (GraphML) and
// pandas (CSV) — from the Python environment .ci/run creates (tests/readers/requirements.txt), and the Kidal
// supports they find compared with the GraphQL API's answer. Outside CI, without that environment, it is skipped;
// in CI (CI=true) a missing environment fails.

const run = promisify(execFile);
const PYTHON = join(projectRoot, '.venv-readers', 'bin', 'python');
const READER = join(projectRoot, 'tests', 'readers', 'read_exports.py');
const BIN = join(projectRoot, 'bin', 'conflict-kg.js');
const available = existsSync(PYTHON);
const required = process.env.CI === 'true';

let db: Database;
let dir: string;

interface Readings {
  networkx_graphml: string[];
  networkx_gexf: string[];
  networkx_cytoscape: string[];
  pandas_csv: string[];
  igraph_actors: string[];
  materiel: string[];
  alternatives: [string, string[]][];
  pandas_dtypes: Record<string, string>;
  igraph_claims: { nodes: number; edges: number; ids: string[] };
}

beforeAll(async () => {
  db = await openSeededGraph();
  dir = await mkdtemp(join(tmpdir(), 'conflict-kg-readers-'));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!available && !required)('exports read by networkx, igraph and pandas', () => {
  it('find the seven Kidal supports the GraphQL API gives, in every format', async () => {
    expect(available, `${PYTHON} is missing: .ci/run creates it from tests/readers/requirements.txt`).toBe(true);
    // The command of the issue, through the real CLI.
    const { uri, user, password } = inject('neo4j');
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, LOG_LEVEL: 'warn' };
    const args = ['export', '--view', 'actors', '--format', 'graphml', '--operation', 'op-kidal-2023'];
    await run(process.execPath, [BIN, ...args, '--out', join(dir, 'actors-graphml')], { env, cwd: projectRoot });
    const kidal = { operations: ['op-kidal-2023'] };
    for (const format of ['gexf', 'cytoscape', 'csv'] as const)
      await exportSubgraph(db, { ...kidal, view: 'actors' }, format, join(dir, `actors-${format}`));
    const claims = await exportSubgraph(db, kidal, 'graphml', join(dir, 'claims-graphml'));

    const { stdout } = await run(PYTHON, [READER, dir], { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 });
    const read = JSON.parse(stdout) as Readings;

    const answer = await graphqlClient(db)<{
      supports: {
        edges: {
          node: {
            subject: { id: string };
            object: { id: string };
            supportType: string;
            certainty: string;
            polarity: string;
          };
        }[];
      };
    }>(`{ supports(filter: { operation: "op-kidal-2023" }, first: 50) {
          edges { node { subject { id } object { id } supportType certainty polarity } } } }`);
    expect(answer.errors).toBeUndefined();
    const expected = answer
      .data!.supports.edges.map(
        ({ node: n }) => `${n.subject.id}>${n.object.id}:${n.supportType}:${n.certainty}:${n.polarity}`,
      )
      .sort();
    expect(expected).toHaveLength(7);
    for (const reader of ['networkx_graphml', 'networkx_gexf', 'networkx_cytoscape', 'pandas_csv', 'igraph_actors'])
      expect(read[reader as keyof Readings], reader).toEqual(expected);

    expect(read.materiel).toEqual(['avion de chasse']);
    expect(read.alternatives).toHaveLength(2);
    expect(read.pandas_dtypes['evidenceCount:long']).toBe('int64');
    expect(read.pandas_dtypes['disputed:boolean']).toBe('bool');
    // igraph keeps the node ids (no exported `id` attribute overwrites them) and every node and edge.
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(read.igraph_claims.nodes).toBe(total(claims.counts.nodes));
    expect(read.igraph_claims.edges).toBe(total(claims.counts.relationships));
    expect(read.igraph_claims.ids).toContain('Actor:niger');
    expect(read.igraph_claims.ids).toContain('Location:mali-country');
  }, 120_000);
});
