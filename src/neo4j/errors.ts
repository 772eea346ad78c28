import { isRetryableError, Neo4jError } from 'neo4j-driver';

/** Failures of the database layer, by what a caller can do about them (mapped to GraphQL codes in src/graphql). */
export type DatabaseFailure = 'UNAVAILABLE' | 'TIMEOUT' | 'RESOURCES' | 'CONFLICT' | 'INTERNAL';

export class DatabaseError extends Error {
  constructor(
    readonly failure: DatabaseFailure,
    message: string,
    readonly neo4jCode: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

export function classifyNeo4jError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = error instanceof Neo4jError ? error.code : undefined;
  if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.General.DatabaseUnavailable'))) {
    return new DatabaseError('UNAVAILABLE', 'The graph database is unavailable', code, { cause: error });
  }
  if (
    code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new DatabaseError('TIMEOUT', 'The query took too long and was stopped', code, { cause: error });
  }
  // Transient, but not an outage: the query (or all queries running at once) wanted more memory than Neo4j allows.
  if (code?.includes('MemoryPoolOutOfMemoryError') || code?.includes('TransactionMemoryLimit')) {
    return new DatabaseError(
      'RESOURCES',
      'The query needed more memory than the database allows: narrow it (fewer ids, a smaller depth or period) or retry later',
      code,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new DatabaseError('CONFLICT', 'A uniqueness constraint was violated', code, { cause: error });
  }
  if (error instanceof Neo4jError && isRetryableError(error)) {
    return new DatabaseError('UNAVAILABLE', 'The graph database is temporarily unavailable', code, { cause: error });
  }
  return new DatabaseError('INTERNAL', 'Unexpected database error', code, { cause: error });
}
