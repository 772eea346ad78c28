import { randomUUID } from 'node:crypto';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { ApiKeyHash, QueryLimits } from '../config/environment.ts';
import { graphiqlOptions, renderLocalGraphiQL } from '../http/graphiql-page.ts';
import { pagesPlugin } from '../http/pages-plugin.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../neo4j/database.ts';
import { callerFromAuthorization } from './auth.ts';
import { createLoaders, createRepositories, type GraphQLContext, type RequestStats } from './context.ts';
import { maskError } from './errors.ts';
import { DEFAULT_QUERY_LIMITS, limitPlugins } from './limits.ts';
import { accessLog, requireReader } from './request-plugins.ts';
import { buildSchema } from './schema.ts';

export interface ServerOptions {
  db: Database;
  log: Logger;
  graphiql?: boolean;
  apiKeys?: readonly ApiKeyHash[];
  limits?: QueryLimits;
  requireReaderKey?: boolean;
  /** What GET /ready checks; by default that Neo4j answers. */
  ready?: () => Promise<boolean>;
}

/** A caller's own request id is kept when it looks like one; otherwise a new one is made. */
function requestId(given: string | null): string {
  return given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

/** The GraphQL HTTP handler: /graphql (GraphiQL on GET from a browser), /health (liveness), /ready (Neo4j reachable). */
export function createGraphQLServer({
  db,
  log,
  graphiql = true,
  apiKeys = [],
  limits = DEFAULT_QUERY_LIMITS,
  requireReaderKey = false,
  ready = () => db.ping(),
}: ServerOptions) {
  return createYoga<object, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: graphiql ? graphiqlOptions : false,
    renderGraphiQL: renderLocalGraphiQL,
    context: ({ request }) => {
      const stats: RequestStats = {
        id: requestId(request.headers.get('x-request-id')),
        started: performance.now(),
        operation: undefined,
        queries: 0,
        neo4jMs: 0,
      };
      const scoped = db.scoped((event) => {
        stats.queries++;
        stats.neo4jMs += event.ms;
      });
      const repos = createRepositories(scoped);
      return {
        stats,
        repos,
        loaders: createLoaders(repos),
        db: scoped,
        log,
        role: callerFromAuthorization(request.headers.get('authorization'), apiKeys),
      };
    },
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const masked = maskError(error, message);
        if ((masked as { extensions?: { code?: string } }).extensions?.code === 'INTERNAL_SERVER_ERROR') {
          // The details stay in the log, never in the response.
          const original = (error as { originalError?: unknown }).originalError ?? error;
          log.error('Unexpected error in a GraphQL request', {
            error: original instanceof Error ? original.stack : String(original),
            isDev,
          });
        }
        return masked;
      },
    },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')),
    },
    plugins: [
      ...limitPlugins(limits),
      ...(requireReaderKey ? [requireReader()] : []),
      accessLog(log),
      pagesPlugin(),
      useReadinessCheck({ endpoint: '/ready', check: ready }),
    ],
  });
}
