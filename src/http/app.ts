import { createServer, type Server } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { ApiKeyHash, QueryLimits } from '../config/environment.ts';
import { DEFAULT_HEAVY_LIMITS } from '../graphql/limits.ts';
import type { ResponseCache } from '../graphql/response-cache.ts';
import { createGraphQLServer } from '../graphql/server.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../neo4j/database.ts';
import { HeavyWorkGate, type HeavyWorkLimits } from '../neo4j/heavy-work.ts';
import { accessLog } from './access-log.ts';
import { corsFor } from './cors.ts';
import { useExportRoute } from './export-route.ts';
import { graphiqlOptions, renderLocalGraphiQL } from './graphiql-page.ts';
import { acceptedHosts, useHostCheck } from './host-check.ts';
import { useJsonOnly } from './media-types.ts';
import { guardNodeRequests } from './node-guards.ts';
import { pagesPlugin } from './pages-plugin.ts';
import { requestRecord } from './request-record.ts';

export interface AppOptions {
  db: Database;
  log: Logger;
  /** Where the service listens: bound to loopback, only loopback Host names are served. */
  bindHost?: string;
  allowedHosts?: readonly string[];
  corsOrigins?: readonly string[];
  graphiql?: boolean;
  apiKeys?: readonly ApiKeyHash[];
  limits?: QueryLimits;
  requireReaderKey?: boolean;
  /** Limits for the process's heavy-work gate, or the gate itself (shared, or held by a test). */
  heavy?: HeavyWorkLimits | HeavyWorkGate;
  ready?: () => Promise<boolean>;
  responseCache?: ResponseCache;
}

/**
 * Every route of the service in one place: /graphql (GraphiQL on GET from a browser), /export, /explore and its
 * /assets, /health, /ready.
 * HTTP concerns run first, in this order: the access log (so refusals are logged too), the Host check, the
 * media-type rule and CSRF prevention for GraphQL, then the export route; CORS only for listed origins.
 */
export function createApp(options: AppOptions) {
  const { db, log, apiKeys = [], requireReaderKey = false } = options;
  const heavy =
    options.heavy instanceof HeavyWorkGate ? options.heavy : new HeavyWorkGate(options.heavy ?? DEFAULT_HEAVY_LIMITS);
  return createGraphQLServer({
    db,
    log,
    graphiql: options.graphiql === false ? false : graphiqlOptions(),
    renderGraphiQL: renderLocalGraphiQL,
    apiKeys,
    limits: options.limits,
    requireReaderKey,
    ready: options.ready,
    heavy,
    cors: corsFor(options.corsOrigins ?? []),
    statsFor: requestRecord,
    responseCache: options.responseCache,
    // createHttpServer refuses a body without a Content-Length or over the limit before the app reads it, and Node
    // reads no more than that length: yoga's own limit would count the same bytes again through a stream
    maxRequestBodySize: false,
    httpPlugins: [
      accessLog(log),
      useHostCheck(acceptedHosts(options.bindHost ?? '127.0.0.1', options.allowedHosts ?? [])),
      useJsonOnly('/graphql'),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      useExportRoute({ db, log, heavy, apiKeys, requireReaderKey, corsOrigins: options.corsOrigins ?? [] }),
      pagesPlugin(),
    ],
  });
}

export type App = ReturnType<typeof createApp>;

/** The Node server: Host syntax and body size are checked before the app reads anything. */
export function createHttpServer(app: App, maxBodyBytes: number, log: Logger): Server {
  return createServer(guardNodeRequests(app, maxBodyBytes, log));
}
