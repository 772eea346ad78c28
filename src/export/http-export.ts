import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { ValidationError } from '../ingest/plan.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../neo4j/database.ts';
import { EXPORT_FORMATS, type ExportFormat, exportSubgraph, type Manifest } from './export-service.ts';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  csv: 'application/zip',
  cytoscape: 'application/json',
  jgf: 'application/vnd.jgf+json',
};

const LISTS = ['operation', 'actor', 'kind', 'support-type'] as const;

const flag = (value: string | null) =>
  value === null ? undefined : value === 'true' ? true : value === 'false' ? false : value;

/** The selection from a query string: repeated keys for lists, the same names as the CLI flags. */
export function selectionFromQuery(params: URLSearchParams) {
  const list = (name: (typeof LISTS)[number]) => (params.getAll(name).length ? params.getAll(name) : undefined);
  const one = (name: string) => params.get(name) ?? undefined;
  return {
    operations: list('operation'),
    actors: list('actor'),
    depth: params.has('depth') ? Number(params.get('depth')) : undefined,
    alliance: one('alliance'),
    location: one('location'),
    from: one('from'),
    to: one('to'),
    claimKinds: list('kind'),
    supportTypes: list('support-type'),
    minCertainty: one('min-certainty'),
    includeEvidence: params.get('evidence') !== 'false',
    view: one('view'),
    // `weighted=true|false`; anything else reaches the selection's check as it is, and is refused by name.
    weighted: flag(params.get('weighted')),
  };
}

function fail(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

/**
 * GET /export?format=…&operation=…: the export is written to a temporary directory (streaming from Neo4j, so
 * memory stays flat), then streamed to the client as one file — CSV as a zip with its manifest — and removed.
 */
export async function handleExport(
  req: IncomingMessage,
  res: ServerResponse,
  db: Database,
  log: Logger,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const format = url.searchParams.get('format') as ExportFormat | null;
  if (!format || !EXPORT_FORMATS.includes(format)) {
    return fail(res, 400, 'BAD_USER_INPUT', `format: one of ${EXPORT_FORMATS.join(', ')}`, { argument: 'format' });
  }
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-http-export-'));
  try {
    let manifest: Manifest;
    try {
      manifest = await exportSubgraph(db, selectionFromQuery(url.searchParams) as never, format, dir);
    } catch (error) {
      if (error instanceof ValidationError) {
        const first = error.issues[0];
        return fail(res, 400, 'BAD_USER_INPUT', error.message, { argument: first?.path, issues: error.issues });
      }
      throw error;
    }
    const stamp = manifest.createdAt.slice(0, 19).replaceAll(':', '');
    if (format === 'csv') {
      res.writeHead(200, {
        'content-type': CONTENT_TYPES.csv,
        'content-disposition': `attachment; filename="conflict-kg-${stamp}.csv.zip"`,
      });
      const zip = new ZipFile();
      for (const name of [...manifest.files.map((f) => f.name), 'manifest.json']) zip.addFile(join(dir, name), name);
      zip.end();
      await pipeline(zip.outputStream, res);
    } else {
      const file = manifest.files[0]!;
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[format],
        'content-length': String(file.bytes),
        'content-disposition': `attachment; filename="conflict-kg-${stamp}-${file.name}"`,
        'x-content-sha256': file.sha256,
      });
      await pipeline(createReadStream(join(dir, file.name)), res);
    }
  } catch (error) {
    log.error('Export failed', { error: error instanceof Error ? error.message : String(error) });
    if (!res.headersSent) fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Export failed');
    else res.destroy();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
