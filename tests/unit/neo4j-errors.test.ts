import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { maskError } from '../../src/graphql/errors.ts';
import { classifyNeo4jError } from '../../src/neo4j/errors.ts';

const neo4jError = (code: string) => new Neo4jError('server says so, with Cypher: MATCH (n) RETURN n', code, '', '');

describe('Neo4j failures, as a caller can act on them', () => {
  it('tells an outage, a timeout and a query too big for memory apart', () => {
    expect(classifyNeo4jError(neo4jError('ServiceUnavailable')).failure).toBe('UNAVAILABLE');
    expect(classifyNeo4jError(neo4jError('Neo.ClientError.Transaction.TransactionTimedOut')).failure).toBe('TIMEOUT');
    expect(classifyNeo4jError(neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError')).failure).toBe(
      'RESOURCES',
    );
    expect(classifyNeo4jError(neo4jError('Neo.TransientError.General.TransactionMemoryLimit')).failure).toBe(
      'RESOURCES',
    );
    expect(classifyNeo4jError(neo4jError('Neo.ClientError.Statement.SyntaxError')).failure).toBe('INTERNAL');
  });

  it('says RESOURCE_EXHAUSTED to GraphQL clients without the server message', () => {
    const masked = maskError(
      classifyNeo4jError(neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError')),
      'x',
    );
    expect(masked).toMatchObject({ extensions: { code: 'RESOURCE_EXHAUSTED' } });
    expect(masked.message).toMatch(/more memory than the database allows/);
    expect(masked.message).not.toMatch(/MATCH/);
  });
});
