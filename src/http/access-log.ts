import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import { requestRecord } from './request-record.ts';

function errorCodes(result: unknown): string[] {
  const errors = (result as { errors?: readonly { extensions?: { code?: unknown } }[] } | undefined)?.errors ?? [];
  return errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN'));
}

/**
 * One log line per HTTP request, answered or refused: request id (also returned as x-request-id), method, path,
 * status, error codes, GraphQL operation, and the Cypher statements sent (failed ones counted apart) with their
 * Neo4j time. Never variables, bodies, query strings or headers: nothing a caller sent is written.
 */
export function accessLog(log: Logger): Plugin {
  return {
    onRequest({ request }) {
      requestRecord(request);
    },
    onResultProcess({ request, result }) {
      for (const code of Array.isArray(result) ? result.flatMap(errorCodes) : errorCodes(result)) {
        requestRecord(request).codes.add(code);
      }
    },
    onResponse({ request, response }) {
      const record = requestRecord(request);
      response.headers.set('x-request-id', record.id);
      const fields = {
        requestId: record.id,
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        codes: record.codes.size ? [...record.codes].join(',') : undefined,
        operation: record.operation,
        ms: Math.round(performance.now() - record.started),
        cypherQueries: record.queries,
        failedCypher: record.failedQueries || undefined,
        neo4jMs: Math.round(record.neo4jMs),
        cache: record.cache,
      };
      if (response.status >= 500) log.warn('http request', fields);
      else log.info('http request', fields);
    },
  };
}
