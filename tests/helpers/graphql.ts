import type { ApiKeyHash } from '../../src/config/environment.ts';
import { createGraphQLServer } from '../../src/graphql/server.ts';
import { silentLogger } from '../../src/logger.ts';
import type { Database } from '../../src/neo4j/database.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Sends a request through yoga.fetch: the full HTTP handling, without a listening socket. */
export function graphqlClient(db: Database, apiKeys: ApiKeyHash[] = []) {
  const yoga = createGraphQLServer({ db, log: silentLogger, apiKeys });
  return async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    apiKey?: string,
  ) => {
    const response = await yoga.fetch('http://conflict-kg.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
}
