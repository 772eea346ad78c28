import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import type { GraphQLContext } from './context.ts';

/**
 * One log line per GraphQL request: request id (also returned as x-request-id), operation, duration, and the
 * Cypher statements it sent with their Neo4j time. No variables, no headers: nothing secret is logged.
 */
export function accessLog(log: Logger): Plugin<GraphQLContext> {
  const byRequest = new WeakMap<Request, GraphQLContext['stats']>();
  return {
    onExecute({ args }) {
      const context = args.contextValue as GraphQLContext & { request: Request };
      context.stats.operation =
        args.operationName ??
        getOperationAST(args.document, undefined)?.name?.value ??
        getOperationAST(args.document)?.operation;
      byRequest.set(context.request, context.stats);
    },
    onResponse({ request, response }) {
      const stats = byRequest.get(request);
      if (!stats) return;
      response.headers.set('x-request-id', stats.id);
      log.info('graphql request', {
        requestId: stats.id,
        operation: stats.operation,
        status: response.status,
        ms: Math.round(performance.now() - stats.started),
        cypherQueries: stats.queries,
        neo4jMs: Math.round(stats.neo4jMs),
      });
    },
  };
}

/** With REQUIRE_READER_KEY, queries need a reader or writer key too. */
export function requireReader(): Plugin<GraphQLContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const role = (args.contextValue as GraphQLContext).role;
      if (role === 'reader' || role === 'writer') return;
      const message =
        role === 'invalid'
          ? 'The API key sent is not valid'
          : 'An API key is required: send "Authorization: Bearer <key>"';
      setResultAndStopExecution({ errors: [new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } })] });
    },
  };
}
