import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MultiDirectedGraph as Graph } from 'graphology';
import gexf from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, createHttpServer } from '../../src/http/app.ts';
import { silentLogger } from '../../src/logger.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { openSeededGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

let db: Database;
let server: Server;
let base: string;

beforeAll(async () => {
  db = await openSeededGraph();
  server = createHttpServer(createApp({ db, log: silentLogger }), 1_000_000, silentLogger);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await db.close();
});

describe('export over HTTP and GraphQL', () => {
  it('GET /export streams the file with its type, name and checksum', async () => {
    const response = await fetch(`${base}/export?format=gexf&operation=op-kidal-2023`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gexf+xml');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="conflict-kg-.*-graph\.gexf"/);
    const body = await response.text();
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(body).digest('hex')).toBe(response.headers.get('x-content-sha256'));
    const graph = gexf.parse(Graph, body);
    expect(graph.hasNode('Operation:op-kidal-2023')).toBe(true);

    const zip = Buffer.from(
      await (await fetch(`${base}/export?format=csv&operation=op-kidal-2023&evidence=false`)).arrayBuffer(),
    );
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    for (const name of ['nodes-Claim.csv', 'relationships-SUBJECT.csv', 'manifest.json'])
      expect(zip.includes(Buffer.from(name))).toBe(true);
  });

  it('GET /export?view=actors gives the actor network; GraphQL takes the same view and weighting', async () => {
    const response = await fetch(`${base}/export?format=gexf&operation=op-kidal-2023&view=actors`);
    expect(response.status).toBe(200);
    const graph = gexf.parse(Graph, await response.text());
    const supporters = graph.filterEdges((_e, a) => a.kind === 'SUPPORT').map((e) => graph.source(e));
    expect(new Set(supporters)).toEqual(new Set(['wagner', 'niger', 'burkina-faso']));
    expect(supporters).toHaveLength(7);

    const bad = await fetch(`${base}/export?format=gexf&view=actors&weighted=maybe`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', argument: 'weighted' } }],
    });

    const query = graphqlClient(db);
    const result = await query<{ exportSubgraph: { content: string; downloadUrl: string } }>(
      '{ exportSubgraph(selection: { operations: ["op-kidal-2023"], view: ACTORS, weighted: true }, format: JGF) { content downloadUrl } }',
    );
    expect(result.errors).toBeUndefined();
    const { content, downloadUrl } = result.data!.exportSubgraph;
    expect(downloadUrl).toBe('/export?format=jgf&operation=op-kidal-2023&depth=0&view=actors&weighted=true');
    const edges = JSON.parse(content).graph.edges as {
      source: string;
      relation: string;
      metadata: { weight: number };
    }[];
    const niger = edges.find((e) => e.source === 'niger' && e.relation === 'SUPPORT')!;
    expect(niger.metadata.weight).toBe(3);
  });

  it('GET /export refuses a bad format or selection by name', async () => {
    const format = await fetch(`${base}/export?format=xlsx`);
    expect(format.status).toBe(400);
    expect(await format.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', argument: 'format' } }],
    });
    const depth = await fetch(`${base}/export?format=jgf&actor=fama&depth=9`);
    expect(depth.status).toBe(400);
    expect(await depth.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', argument: 'depth' } }],
    });
  });

  it('exportSubgraph returns small exports inline, with a download link to the same export', async () => {
    const query = graphqlClient(db);
    const result = await query<{
      exportSubgraph: { content: string; downloadUrl: string; manifest: { counts: { nodes: Record<string, number> } } };
    }>(
      '{ exportSubgraph(selection: { operations: ["op-kidal-2023"], claimKinds: [SUPPORT] }, format: JGF) { content downloadUrl manifest } }',
    );
    expect(result.errors).toBeUndefined();
    const { content, downloadUrl, manifest } = result.data!.exportSubgraph;
    const inline = JSON.parse(content).graph as { nodes: Record<string, unknown> };
    const total = Object.values(manifest.counts.nodes).reduce((a, b) => a + b, 0);
    expect(Object.keys(inline.nodes)).toHaveLength(total);
    expect(downloadUrl).toBe('/export?format=jgf&operation=op-kidal-2023&depth=0&kind=SUPPORT');
    const downloaded = JSON.parse(await (await fetch(`${base}${downloadUrl}`)).text()).graph as {
      nodes: Record<string, unknown>;
    };
    expect(Object.keys(downloaded.nodes).sort()).toEqual(Object.keys(inline.nodes).sort());
  });
});
