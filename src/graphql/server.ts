import { useGraphQlJit } from '@envelop/graphql-jit';
import { type CORSOptions, createYoga, type GraphiQLOptions, type Plugin, useReadinessCheck } from 'graphql-yoga';
import type { ApiKeyHash, QueryLimits } from '../config/environment.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../neo4j/database.ts';
import { HeavyWorkGate } from '../neo4j/heavy-work.ts';
import { callerFromAuthorization } from './auth.ts';
import { createLoaders, createRepositories, type GraphQLContext, type RequestStats } from './context.ts';
import { describeError, maskError, yogaLogger } from './errors.ts';
import { KIDAL_SUPPORT_QUERY } from './example-queries.ts';
import { DEFAULT_HEAVY_LIMITS, DEFAULT_QUERY_LIMITS, limitPlugins } from './limits.ts';
import { recordOperation, requireReader, responseHints } from './request-plugins.ts';
import type { ResponseCache } from './response-cache.ts';
import { buildSchema } from './schema.ts';

export interface ServerOptions {
  db: Database;
  log: Logger;
  /** GraphiQL on GET from a browser: false, or its options (by default the Kidal question pre-filled). */
  graphiql?: false | GraphiQLOptions;
  /** How the GraphiQL page is rendered (the HTTP layer serves its assets locally); yoga's own by default. */
  renderGraphiQL?: (options?: GraphiQLOptions) => string;
  apiKeys?: readonly ApiKeyHash[];
  limits?: QueryLimits;
  requireReaderKey?: boolean;
  /** What GET /ready checks; by default that Neo4j answers. */
  ready?: () => Promise<boolean>;
  /** The process's gate for heavy work, shared with /export; by default one of the documented size. */
  heavy?: HeavyWorkGate;
  /** HTTP concerns (src/http): routes, refusals, the access log; they run before GraphQL's own plugins. */
  httpPlugins?: Plugin[];
  /** CORS: none unless the HTTP layer allows origins. */
  cors?: false | ((request: Request) => CORSOptions);
  /** The request's record shared with the HTTP layer's access log; by default a fresh one. */
  statsFor?: (request: Request) => RequestStats;
  /** Answers to read queries kept in process and dropped by ingestion's change log; none by default. */
  responseCache?: ResponseCache;
  /** Queries compiled to JavaScript once per document (graphql-jit) instead of interpreted field by field. */
  jit?: boolean;
  /**
   * yoga's own body limit, which counts the bytes through a stream per request (a fifth of the cost of a small
   * request): false where the Node server has already refused bodies by their Content-Length (src/http).
   */
  maxRequestBodySize?: number | false;
}

const freshStats = (): RequestStats => ({
  id: crypto.randomUUID(),
  started: performance.now(),
  operation: undefined,
  queries: 0,
  failedQueries: 0,
  neo4jMs: 0,
});

/** The GraphQL HTTP handler: /graphql (GraphiQL on GET from a browser), /health (liveness), /ready (Neo4j reachable). */
export function createGraphQLServer({
  db,
  log,
  graphiql = { title: 'conflict-kg', defaultQuery: KIDAL_SUPPORT_QUERY },
  renderGraphiQL,
  apiKeys = [],
  limits = DEFAULT_QUERY_LIMITS,
  requireReaderKey = false,
  ready = () => db.ping(),
  heavy = new HeavyWorkGate(DEFAULT_HEAVY_LIMITS),
  httpPlugins = [],
  cors = false,
  statsFor = freshStats,
  responseCache,
  jit = true,
  maxRequestBodySize,
}: ServerOptions) {
  return createYoga<object, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    ...(maxRequestBodySize !== undefined ? { maxRequestBodySize } : {}),
    cors,
    graphiql,
    ...(renderGraphiQL ? { renderGraphiQL } : {}),
    context: ({ request }) => {
      const stats = statsFor(request);
      const scoped = db.scoped((event) => {
        if (event.failed) stats.failedQueries++;
        else stats.queries++;
        stats.neo4jMs += event.ms;
      });
      const repos = createRepositories(scoped);
      return {
        stats,
        repos,
        loaders: createLoaders(repos),
        db: scoped,
        log,
        heavy: heavy.forOneRequest(),
        hints: [],
        role: callerFromAuthorization(request.headers.get('authorization'), apiKeys),
      };
    },
    maskedErrors: {
      // Never development mode: it would add parser messages and stacks to responses.
      isDev: false,
      maskError: (error, message) => {
        const masked = maskError(error, message);
        if ((masked as { extensions?: { code?: string } }).extensions?.code === 'INTERNAL_SERVER_ERROR') {
          // What failed, by class and Neo4j code: never a stack, a Cypher statement or a value from the request.
          const original = (error as { originalError?: unknown }).originalError ?? error;
          log.error('Unexpected error in a GraphQL request', describeError(original));
        }
        return masked;
      },
    },
    logging: yogaLogger(log),
    plugins: [
      ...httpPlugins,
      ...limitPlugins(limits),
      ...(requireReaderKey ? [requireReader()] : []),
      recordOperation(),
      responseHints(),
      // Before the response cache: both replace the execute function, and the cache must wrap the compiled one.
      ...(jit ? [useGraphQlJit()] : []),
      // After the reader check and the hints: a refused request never reads it, a stored answer keeps its hints.
      ...(responseCache ? responseCache.plugins(statsFor) : []),
      useReadinessCheck({ endpoint: '/ready', check: ready }),
    ],
  });
}
