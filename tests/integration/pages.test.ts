import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/environment.ts';
import { createApp } from '../../src/http/app.ts';
import { exampleTabs } from '../../src/http/graphiql-page.ts';
import { silentLogger } from '../../src/logger.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { connectTestDatabase } from '../helpers/database.ts';

// The pages and their assets through yoga.fetch: everything they load is served here, nothing from elsewhere.

let db: Database;
let yoga: ReturnType<typeof createApp>;
const get = (path: string, headers: Record<string, string> = {}) =>
  yoga.fetch(`http://127.0.0.1:4000${path}`, { headers: { host: '127.0.0.1:4000', ...headers } });

/** Every src/href of a page: scripts, styles, icons. */
const references = (html: string) => [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);

beforeAll(() => {
  db = connectTestDatabase();
  yoga = createApp({ db, log: silentLogger });
});
afterAll(() => db.close());

describe('pages served by the service', () => {
  it('GraphiQL loads every script, style and worker from this service', async () => {
    const response = await get('/graphql', { accept: 'text/html' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    const refs = references(html);
    expect(refs).toEqual(expect.arrayContaining(['/assets/graphiql/graphiql.js', '/assets/graphiql/graphiql.css']));
    const start = await (await get('/assets/explore/graphiql-start.js')).text();
    for (const worker of ['editor', 'json', 'graphql']) expect(start).toContain(`/assets/graphiql/${worker}.worker.js`);
    for (const path of [...refs, '/assets/graphiql/json.worker.js', '/assets/graphiql/graphql.worker.js']) {
      const asset = await get(path);
      expect(asset.status, path).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, path).toBeGreaterThan(0);
    }
    expect((await get('/assets/graphiql/graphiql.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('GraphiQL opens on the Kidal question with every docs/examples query as a named tab', async () => {
    const html = await (await get('/graphql', { accept: 'text/html' })).text();
    const options = JSON.parse(html.match(/id="graphiql-options">([^<]*)</)![1]!);
    const files = readdirSync(join(projectRoot, 'docs', 'examples')).filter((f) => f.endsWith('.graphql'));
    expect(options.defaultQuery).toContain('query KidalSupport');
    expect(options.defaultTabs).toHaveLength(files.length + 1);
    expect(options.defaultTabs[7].query).toMatch(/^query Ex07RussiaBurkinaPaths \{/m);
    expect(exampleTabs('/nonexistent')).toHaveLength(1);
  });

  it("GraphiQL's schema query passes the query limits", async () => {
    const response = await yoga.fetch('http://127.0.0.1:4000/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: '127.0.0.1:4000' },
      body: JSON.stringify({ query: getIntrospectionQuery({ schemaDescription: true, inputValueDeprecation: true }) }),
    });
    const body = (await response.json()) as { data?: { __schema: { types: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.__schema.types.length).toBeGreaterThan(20);
  });

  it('/explore and its assets are served, revalidated by ETag; anything else under /assets is not found', async () => {
    const response = await get('/explore');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).not.toMatch(/(?:src|href)="https?:/);
    for (const path of references(html).filter((ref) => ref.startsWith('/assets/'))) {
      const asset = await get(path);
      expect(asset.status, path).toBe(200);
      const etag = asset.headers.get('etag')!;
      expect((await get(path, { 'if-none-match': etag })).status, path).toBe(304);
    }
    expect((await get('/assets/vendor/cytoscape.esm.min.mjs')).status).toBe(200);
    for (const path of ['/assets/nothing.js', '/assets/explore/../../graphql/server.ts', '/assets/%2e%2e/package.json'])
      expect((await get(path)).status, path).toBe(404);
    expect((await get('/')).headers.get('location')).toBe('/explore');
  });
});
