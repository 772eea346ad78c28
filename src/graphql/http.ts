import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiKeyHash } from '../config/environment.ts';
import { handleExport } from '../export/http-export.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../neo4j/database.ts';
import { callerFromAuthorization } from './auth.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function reply(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Refuses request bodies over `maxBytes` before GraphQL parses anything. The size is taken from Content-Length;
 * a body without one (chunked) is refused too, since every GraphQL client sends it for a JSON body.
 */
export function limitBodySize(handler: Handler, maxBytes: number): Handler {
  return (req, res) => {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    const length = req.headers['content-length'];
    if (hasBody && length === undefined) return reply(res, 411, 'LENGTH_REQUIRED', 'Send a Content-Length header');
    if (Number(length ?? 0) > maxBytes) {
      return reply(res, 413, 'PAYLOAD_TOO_LARGE', `Request body larger than ${maxBytes} bytes`);
    }
    handler(req, res);
  };
}

export interface ExportRouteOptions {
  db: Database;
  log: Logger;
  apiKeys: readonly ApiKeyHash[];
  requireReaderKey: boolean;
}

/** GET /export goes to the exporter (with the same read rule as queries); everything else to GraphQL. */
export function withExportRoute(graphql: Handler, options: ExportRouteOptions): Handler {
  return (req, res) => {
    if (!req.url?.startsWith('/export')) return graphql(req, res);
    if (req.method !== 'GET') return reply(res, 405, 'METHOD_NOT_ALLOWED', 'GET /export?format=…');
    if (options.requireReaderKey) {
      const caller = callerFromAuthorization(req.headers.authorization ?? null, options.apiKeys);
      if (caller !== 'reader' && caller !== 'writer')
        return reply(res, 401, 'UNAUTHENTICATED', 'An API key is required');
    }
    void handleExport(req, res, options.db, options.log);
  };
}
