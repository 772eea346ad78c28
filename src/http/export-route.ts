import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Plugin } from 'graphql-yoga';
import { ZipFile } from 'yazl';
import type { ApiKeyHash } from '../config/environment.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { EXPORT_FORMATS, type ExportFormat, exportSubgraph, type Manifest } from '../export/export-service.ts';
import { selectionFromParams } from '../export/selection-params.ts';
import { callerFromAuthorization } from '../graphql/auth.ts';
import { describeError, PUBLIC_FAILURES } from '../graphql/errors.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../neo4j/database.ts';
import { DatabaseError } from '../neo4j/errors.ts';
import { BusyError, type HeavyWorkGate } from '../neo4j/heavy-work.ts';
import { refusal, requestRecord } from './request-record.ts';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  csv: 'application/zip',
  cytoscape: 'application/json',
  jgf: 'application/vnd.jgf+json',
};

export interface ExportRouteOptions {
  db: Database;
  log: Logger;
  heavy: HeavyWorkGate;
  apiKeys: readonly ApiKeyHash[];
  requireReaderKey: boolean;
  /** Sites whose pages may start exports (CORS_ORIGINS). */
  corsOrigins: readonly string[];
}

/**
 * The finished export as one body (CSV as a zip with its manifest). The folder is removed once the body is sent,
 * or as soon as the client goes away (then nobody reads the stream, and it would never close by itself).
 */
function body(
  dir: string,
  format: ExportFormat,
  manifest: Manifest,
  signal: AbortSignal,
): { stream: Readable; headers: Headers } {
  const stamp = manifest.createdAt.slice(0, 19).replaceAll(':', '');
  const headers = new Headers({ 'content-type': CONTENT_TYPES[format] });
  let stream: Readable;
  if (format === 'csv') {
    headers.set('content-disposition', `attachment; filename="conflict-kg-${stamp}.csv.zip"`);
    const zip = new ZipFile();
    for (const name of [...manifest.files.map((f) => f.name), 'manifest.json']) zip.addFile(join(dir, name), name);
    zip.end();
    stream = zip.outputStream as Readable;
  } else {
    const file = manifest.files[0]!;
    headers.set('content-length', String(file.bytes));
    headers.set('content-disposition', `attachment; filename="conflict-kg-${stamp}-${file.name}"`);
    headers.set('x-content-sha256', file.sha256);
    stream = createReadStream(join(dir, file.name));
  }
  const cleanUp = () => {
    stream.destroy();
    void rm(dir, { recursive: true, force: true });
  };
  stream.once('close', cleanUp);
  if (signal.aborted) cleanUp();
  else signal.addEventListener('abort', cleanUp, { once: true });
  return { stream, headers };
}

async function answer(request: Request, url: URL, options: ExportRouteOptions): Promise<Response> {
  const format = url.searchParams.get('format') as ExportFormat | null;
  if (!format || !EXPORT_FORMATS.includes(format) || url.searchParams.getAll('format').length > 1) {
    return refusal(request, 400, 'BAD_USER_INPUT', `format: one of ${EXPORT_FORMATS.join(', ')}`, {
      extensions: { argument: 'format' },
    });
  }
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-http-export-'));
  const record = requestRecord(request);
  // Statements counted in the access log, as for GraphQL requests.
  const db = options.db.scoped((event) => {
    if (event.failed) record.failedQueries++;
    else record.queries++;
    record.neo4jMs += event.ms;
  });
  try {
    const selection = selectionFromParams(url.searchParams, ['format']);
    const manifest = await options.heavy.run('export', () => exportSubgraph(db, selection, format, dir));
    if (request.signal.aborted) {
      await rm(dir, { recursive: true, force: true });
      return refusal(request, 499, 'CLIENT_CLOSED_REQUEST', 'The client went away before the export was sent');
    }
    const { stream, headers } = body(dir, format, manifest, request.signal);
    return new Response(Readable.toWeb(stream) as ReadableStream, { status: 200, headers });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof ValidationError) {
      const first = error.issues[0];
      return refusal(request, 400, 'BAD_USER_INPUT', `${first?.path}: ${first?.message}`, {
        extensions: { argument: first?.path, issues: error.issues },
      });
    }
    if (error instanceof NotFoundError) return refusal(request, 404, 'NOT_FOUND', error.message);
    if (error instanceof BusyError) {
      const retryAfter = String(error.retryAfterSeconds);
      return refusal(request, 429, 'RESOURCE_EXHAUSTED', error.message, {
        headers: { 'retry-after': retryAfter },
        extensions: { retryAfterSeconds: error.retryAfterSeconds },
      });
    }
    const retryable = error instanceof DatabaseError ? PUBLIC_FAILURES[error.failure] : undefined;
    if (retryable) {
      return refusal(request, retryable.status, retryable.code, (error as Error).message, {
        headers: { 'retry-after': '10' },
      });
    }
    options.log.error('Export failed', { requestId: requestRecord(request).id, ...describeError(error) });
    return refusal(request, 500, 'INTERNAL_SERVER_ERROR', 'Export failed');
  }
}

/**
 * GET /export?format=…&operation=…: written to a temporary folder (streaming from Neo4j, memory stays flat),
 * then sent as one file. Same read rule as queries, one turn at the process's heavy-work gate.
 */
export function useExportRoute(options: ExportRouteOptions): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/export') return;
      if (request.method !== 'GET') {
        return endResponse(
          refusal(request, 405, 'METHOD_NOT_ALLOWED', 'GET /export?format=…', { headers: { allow: 'GET' } }),
        );
      }
      // Browsers say where a request comes from: an unlisted site's page must not start exports (they cost the
      // heavy-work gate and disk even when the page cannot read the answer).
      const site = request.headers.get('sec-fetch-site');
      const origin = request.headers.get('origin');
      const foreign =
        (site === 'cross-site' || site === 'same-site') && !(origin && options.corsOrigins.includes(origin));
      if (foreign || (origin !== null && origin !== url.origin && !options.corsOrigins.includes(origin))) {
        return endResponse(
          refusal(request, 403, 'FORBIDDEN', 'Exports are not served to other sites (see CORS_ORIGINS)'),
        );
      }
      if (options.requireReaderKey) {
        const caller = callerFromAuthorization(request.headers.get('authorization'), options.apiKeys);
        if (caller !== 'reader' && caller !== 'writer') {
          return endResponse(refusal(request, 401, 'UNAUTHENTICATED', 'An API key is required'));
        }
      }
      return answer(request, url, options).then(endResponse);
    },
  };
}
