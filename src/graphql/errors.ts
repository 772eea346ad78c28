import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { DatabaseError } from '../neo4j/errors.ts';

// Error classes as GraphQL codes (extensions.code). Anything not listed here is masked: no stack, no Cypher.

export const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAVAILABLE',
  'TIMEOUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
]);

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

interface ErrorLike {
  message?: unknown;
  path?: readonly (string | number)[];
  originalError?: unknown;
  extensions?: Record<string, unknown>;
  locations?: unknown;
}

// Duck-typed on purpose: graphql-js may be loaded twice (ESM and CommonJS builds), so instanceof GraphQLError
// is not reliable for errors created by the other copy.
const asErrorLike = (value: unknown): ErrorLike | undefined =>
  value !== null && typeof value === 'object' ? (value as ErrorLike) : undefined;

/** yoga's maskError: known classes keep a safe message and code; everything else becomes INTERNAL_SERVER_ERROR. */
export function maskError(error: unknown, message: string): Error {
  const outer = asErrorLike(error);
  const original = outer?.originalError ?? error;
  const path = outer?.path;
  if (original instanceof DatabaseError) {
    const code =
      original.failure === 'UNAVAILABLE' ? 'UNAVAILABLE' : original.failure === 'TIMEOUT' ? 'TIMEOUT' : undefined;
    return new GraphQLError(code ? original.message : message, {
      extensions: { code: code ?? 'INTERNAL_SERVER_ERROR' },
      path,
    });
  }
  const code = asErrorLike(original)?.extensions?.code ?? outer?.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) return error as Error;
  // GraphQL errors created on purpose (parse and validation errors, the query-limit plugins) wrap no thrown
  // exception, and their messages are meant for the client.
  if (outer && outer.originalError == null && outer.extensions !== undefined) return error as Error;
  return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' }, path });
}
