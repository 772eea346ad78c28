import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every script and style the pages need, served by the service itself from npm packages and src/http/explore:
// nothing is fetched from a CDN, so the pages work on a machine without internet. The table is fixed at start;
// a request path is only ever looked up in it, never joined to a directory.

const EXPLORE_DIR = join(import.meta.dirname, 'explore');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Asset {
  body: string | Buffer;
  type: string;
  etag: string;
}

type Source = () => Promise<string | Buffer>;

/** GraphiQL's bundle, style and editor workers, as @graphql-yoga/render-graphiql ships them (strings). */
const graphiql = (part: 'js' | 'css' | 'editorWorkerService' | 'jsonWorker' | 'graphqlWorker'): Source => {
  return async () => (await import('@graphql-yoga/render-graphiql/graphiql'))[part];
};

const file =
  (path: string): Source =>
  () =>
    readFile(path);

function sources(): Map<string, { type: string; load: Source }> {
  const table = new Map<string, { type: string; load: Source }>();
  const add = (path: string, load: Source) => table.set(path, { type: TYPES[extname(path)] ?? 'text/plain', load });
  add(
    '/assets/vendor/cytoscape.esm.min.mjs',
    file(fileURLToPath(import.meta.resolve('cytoscape/dist/cytoscape.esm.min.mjs'))),
  );
  add('/assets/graphiql/graphiql.js', graphiql('js'));
  add('/assets/graphiql/graphiql.css', graphiql('css'));
  add('/assets/graphiql/editor.worker.js', graphiql('editorWorkerService'));
  add('/assets/graphiql/json.worker.js', graphiql('jsonWorker'));
  add('/assets/graphiql/graphql.worker.js', graphiql('graphqlWorker'));
  for (const name of readdirSync(EXPLORE_DIR)) {
    const ext = extname(name);
    if (!TYPES[ext] || ext === '.html') continue;
    add(`/assets/explore/${name}`, file(join(EXPLORE_DIR, name)));
  }
  return table;
}

let table: ReturnType<typeof sources> | undefined;
const loaded = new Map<string, Promise<Asset>>();

/** The asset served at `path`, read once and kept; undefined when there is none. */
export function findAsset(path: string): Promise<Asset> | undefined {
  table ??= sources();
  const source = table.get(path);
  if (!source) return undefined;
  let asset = loaded.get(path);
  if (!asset) {
    asset = source.load().then((body) => ({
      body,
      type: source.type,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    }));
    // A failed read is not kept: the next request tries again.
    asset.catch(() => loaded.delete(path));
    loaded.set(path, asset);
  }
  return asset;
}

/** The page's own files (HTML) by name, from src/http/explore. */
export function explorePagePath(name: string): string {
  return join(EXPLORE_DIR, name);
}
