import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { DatabaseError } from '../neo4j/errors.ts';
import { BusyError } from '../neo4j/heavy-work.ts';

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

/** Database failures a client can retry: their code, and the HTTP status a route without GraphQL answers with. */
export const PUBLIC_FAILURES: Partial<Record<DatabaseError['failure'], { code: string; status: number }>> = {
  UNAVAILABLE: { code: 'UNAVAILABLE', status: 503 },
  TIMEOUT: { code: 'TIMEOUT', status: 504 },
  RESOURCES: { code: 'RESOURCE_EXHAUSTED', status: 503 },
};

/** "Did you mean …?" names values of the schema: hidden like field suggestions, when introspection may be off. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '').trim();
}

/**
 * Every error the client sees carries extensions.code. Parse and validation errors from graphql-js and the query
 * limit plugins come without one (or with a parser's message in `originalError`): given one here.
 */
function withCode(outer: ErrorLike, error: Error): Error {
  const message = typeof outer.message === 'string' ? outer.message : 'Invalid request';
  const code = typeof outer.extensions?.code === 'string' ? outer.extensions.code : undefined;
  const stripped = withoutSuggestions(message);
  if (code && stripped === message && outer.extensions?.originalError === undefined) return error;
  const { originalError: _hidden, ...extensions } = outer.extensions ?? {};
  return new GraphQLError(stripped, { extensions: { ...extensions, code: code ?? inferredCode(message) } });
}

function inferredCode(message: string): string {
  if (/limit of \d+ exceeded/i.test(message)) return 'QUERY_LIMIT_EXCEEDED';
  if (message.startsWith('Required CSRF header')) return 'CSRF_HEADER_REQUIRED';
  if (message.startsWith('Syntax Error')) return 'GRAPHQL_PARSE_FAILED';
  return 'GRAPHQL_VALIDATION_FAILED';
}

/** The argument of a root field's filter that holds a claim selection's field (supports name subject `supporter`). */
function filterArgument(root: string | number | undefined, field: string): string | undefined {
  const supports = root === 'supports' || root === 'supportStats';
  const names: Record<string, string> = supports
    ? { subject: 'supporter', object: 'recipient', operations: 'operation' }
    : { operations: 'operation' };
  if (field === 'actorsAmong') return undefined;
  return `filter.${names[field] ?? field}`;
}

/** yoga's maskError: known classes keep a safe message and code; everything else becomes INTERNAL_SERVER_ERROR. */
export function maskError(error: unknown, message: string): Error {
  const outer = asErrorLike(error);
  const original = outer?.originalError ?? error;
  const path = outer?.path;
  if (original instanceof NotFoundError) {
    const argument = original.field ? filterArgument(path?.[0], original.field) : undefined;
    return new GraphQLError(original.message, {
      path,
      extensions: { code: 'NOT_FOUND', ids: original.ids, ...(argument ? { argument } : {}) },
    });
  }
  if (original instanceof BusyError) {
    const retryAfter = String(original.retryAfterSeconds);
    return new GraphQLError(original.message, {
      path,
      extensions: {
        code: 'RESOURCE_EXHAUSTED',
        retryAfterSeconds: original.retryAfterSeconds,
        http: { status: 429, headers: { 'retry-after': retryAfter } },
      },
    });
  }
  if (original instanceof DatabaseError) {
    const code = PUBLIC_FAILURES[original.failure]?.code;
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
      return new GraphQLError(withoutSuggestions(text), { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return withCode(outer, error as Error);
  }
  return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' }, path });
}

/** For logs: the error's class, and Neo4j's code when there is one. Messages may quote the request: left out. */
export function describeError(error: unknown): Record<string, unknown> {
  const e = asErrorLike(error) as
    | (ErrorLike & { name?: unknown; neo4jCode?: unknown; code?: unknown; failure?: unknown })
    | undefined;
  return {
    error: typeof e?.name === 'string' ? e.name : typeof error,
    failure: e?.failure,
    neo4jCode: e?.neo4jCode ?? e?.code,
  };
}

/**
 * yoga's own log lines. It logs the errors it answers (a variable that fails coercion, a body it cannot parse),
 * whose messages quote what the client sent: those are already in the response and, by code, in the access log,
 * so they are not written again. Anything else is written as one line with no stack.
 */
export function yogaLogger(log: {
  debug(m: string): void;
  info(m: string): void;
  warn(m: string): void;
  error(m: string): void;
}) {
  const line = (args: unknown[]) =>
    args
      .filter((a) => !(a instanceof Error && asErrorLike(a)?.extensions !== undefined))
      .map((a) =>
        a instanceof Error ? `${a.name}: ${a.message.split('\n')[0]?.slice(0, 200)}` : String(a).slice(0, 300),
      )
      .join(' ');
  const emit =
    (write: (m: string) => void) =>
    (...args: unknown[]) => {
      const text = line(args);
      if (text) write(text);
    };
  return {
    debug: emit((m) => log.debug(m)),
    info: emit((m) => log.info(m)),
    warn: emit((m) => log.warn(m)),
    error: emit((m) => log.error(m)),
  };
}
