import { randomUUID } from 'node:crypto';
import type { RequestStats } from '../graphql/context.ts';

/** What the access log says of one HTTP request: GraphQL's request stats, and the codes of every error answered. */
export interface RequestRecord extends RequestStats {
  /** extensions.code of every error answered (refusals included), for the access log. */
  codes: Set<string>;
}

const records = new WeakMap<Request, RequestRecord>();

/** A caller's own request id is kept when it looks like one; otherwise a new one is made. */
export function requestId(given: string | null | undefined): string {
  return given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

/** The record of a request, made on first use: every plugin and the GraphQL context share it. */
export function requestRecord(request: Request): RequestRecord {
  let record = records.get(request);
  if (!record) {
    record = {
      id: requestId(request.headers.get('x-request-id')),
      started: performance.now(),
      operation: undefined,
      queries: 0,
      failedQueries: 0,
      neo4jMs: 0,
      codes: new Set(),
    };
    records.set(request, record);
  }
  return record;
}

/**
 * A refusal made before GraphQL runs (wrong host, media type, export parameters, a full queue): the same JSON
 * shape as GraphQL errors, with its code recorded for the access log.
 */
export function refusal(
  request: Request,
  status: number,
  code: string,
  message: string,
  extra: { headers?: Record<string, string>; extensions?: Record<string, unknown> } = {},
): Response {
  requestRecord(request).codes.add(code);
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extra.extensions } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...extra.headers },
  });
}
