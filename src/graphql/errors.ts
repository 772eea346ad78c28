import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { DatabaseError } from '../neo4j/errors.ts';

// Error classes as GraphQL codes (extensions.code). Anything not listed here is masked: no stack, no Cypher.

export const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAVAILABLE',
  'TIMEOUT',
  'RESOURCE_EXHAUSTED',
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

const PUBLIC_FAILURES: Partial<Record<DatabaseError['failure'], string>> = {
  UNAVAILABLE: 'UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  RESOURCES: 'RESOURCE_EXHAUSTED',
};

/** yoga's maskError: known classes keep a safe message and code; everything else becomes INTERNAL_SERVER_ERROR. */
export function maskError(error: unknown, message: string): Error {
  const outer = asErrorLike(error);
  const original = outer?.originalError ?? error;
  const path = outer?.path;
  if (original instanceof DatabaseError) {
    const code = PUBLIC_FAILURES[original.failure];
    return new GraphQLError(code ? original.message : message, {
      extensions: { code: code ?? 'INTERNAL_SERVER_ERROR' },
      path,
    });
  }
  const code = asErrorLike(original)?.extensions?.code ?? outer?.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) return error as Error;
  // GraphQL errors are created on purpose (parse and validation errors, variable coercion, the query-limit
  // plugins): their messages are meant for the client. Anything else thrown (TypeError, …) is a bug: masked.
  if (
    outer?.extensions !== undefined &&
    (outer.originalError == null || asErrorLike(original)?.extensions !== undefined)
  ) {
    if (typeof outer.message === 'string' && outer.message.startsWith('Variable "$')) {
      // graphql-js quotes the whole invalid value: keep the message short.
      const text = outer.message.length > 300 ? `${outer.message.slice(0, 300)}…` : outer.message;
      return new GraphQLError(text, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return error as Error;
  }
  return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' }, path });
}
