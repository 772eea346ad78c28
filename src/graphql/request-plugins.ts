import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from './context.ts';

/** Names the request's operation in its stats, for the access log (src/http/access-log.ts writes the line). */
export function recordOperation(): Plugin<GraphQLContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as GraphQLContext;
      context.stats.operation =
        args.operationName ??
        getOperationAST(args.document, undefined)?.name?.value ??
        getOperationAST(args.document)?.operation;
    },
  };
}

/** Hints resolvers left in the context (context.hints) go out as the response's extensions.hints. */
export function responseHints(): Plugin<GraphQLContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as GraphQLContext;
      return {
        onExecuteDone({ result, setResult }) {
          if (context.hints.length === 0 || !('data' in result)) return;
          setResult({ ...result, extensions: { ...result.extensions, hints: [...context.hints] } });
        },
      };
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
