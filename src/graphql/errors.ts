import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { DatabaseError } from '../neo4j/errors.ts';

// Error classes as GraphQL codes (extensions.code). Anything not listed here is masked: no stack, no Cypher.

export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" not found`, { extensions: { code: 'NOT_FOUND', id } });
}

export function fromZod(error: z.ZodError, prefix = ''): GraphQLError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  return badUserInput(path || 'arguments', issue?.message ?? 'invalid');
}

/** yoga's maskError: known classes keep a safe message and code; everything else becomes INTERNAL_SERVER_ERROR. */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DatabaseError) {
    const code =
      original.failure === 'UNAVAILABLE'
        ? 'UNAVAILABLE'
        : original.failure === 'TIMEOUT'
          ? 'TIMEOUT'
          : 'INTERNAL_SERVER_ERROR';
    const safe = code === 'INTERNAL_SERVER_ERROR' ? message : original.message;
    return new GraphQLError(safe, {
      extensions: { code },
      path: error instanceof GraphQLError ? error.path : undefined,
    });
  }
  if (original instanceof GraphQLError && typeof original.extensions?.code === 'string') return error as Error;
  if (error instanceof GraphQLError && !error.originalError) return error;
  return new GraphQLError(message, {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
    path: error instanceof GraphQLError ? error.path : undefined,
  });
}
