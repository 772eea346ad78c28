import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { ApiKeyHash, QueryLimits } from '../config/environment.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../neo4j/database.ts';
import { roleFromAuthorization } from './auth.ts';
import { createLoaders, createRepositories, type GraphQLContext } from './context.ts';
import { maskError } from './errors.ts';
import { KIDAL_SUPPORT_QUERY } from './example-queries.ts';
import { DEFAULT_QUERY_LIMITS, limitPlugins } from './limits.ts';
import { buildSchema } from './schema.ts';

export interface ServerOptions {
  db: Database;
  log: Logger;
  graphiql?: boolean;
  apiKeys?: readonly ApiKeyHash[];
  limits?: QueryLimits;
}

/** The GraphQL HTTP handler: /graphql (GraphiQL on GET from a browser), /health (liveness), /ready (Neo4j reachable). */
export function createGraphQLServer({
  db,
  log,
  graphiql = true,
  apiKeys = [],
  limits = DEFAULT_QUERY_LIMITS,
}: ServerOptions) {
  const repos = createRepositories(db);
  return createYoga<object, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: graphiql ? { title: 'conflict-kg', defaultQuery: KIDAL_SUPPORT_QUERY } : false,
    context: ({ request }) => ({
      repos,
      loaders: createLoaders(repos),
      db,
      log,
      role: roleFromAuthorization(request.headers.get('authorization'), apiKeys),
    }),
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
    plugins: [...limitPlugins(limits), useReadinessCheck({ endpoint: '/ready', check: () => db.ping() })],
  });
}
