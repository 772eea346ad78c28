import type { Driver } from 'neo4j-driver';
import { silentLogger } from '../../src/logger.ts';
import { Database, type NamedQuery, type Params, type Transaction } from '../../src/neo4j/database.ts';

export interface RecordedStatement {
  name: string;
  cypher: string;
  params: Params;
}

/**
 * A Database that sends nothing: it records each statement with its parameters and answers with the rows a test
 * gives for that statement's name (none by default). For the Cypher-and-parameters tier, as neo4j/graphql's tck:
 * a query builder's output is checked in milliseconds, before the integration tier runs it on a real Neo4j.
 */
export class RecordingDatabase extends Database {
  readonly statements: RecordedStatement[] = [];

  constructor(private readonly answers: Record<string, unknown[]> = {}) {
    super({} as Driver, { uri: 'bolt://recording', user: 'neo4j', database: 'neo4j', txTimeoutMs: 1000 }, silentLogger);
  }

  private record<Row>(query: NamedQuery<Row>, params: Params): Row[] {
    // Whitespace is folded so a reindented template does not count as a changed query.
    this.statements.push({ name: query.name, cypher: query.cypher.replace(/\s+/g, ' ').trim(), params });
    return (this.answers[query.name] ?? []) as Row[];
  }

  override async read<Row>(query: NamedQuery<Row>, params: Params = {}): Promise<Row[]> {
    return this.record(query, params);
  }

  override async write<Row>(query: NamedQuery<Row>, params: Params = {}): Promise<Row[]> {
    return this.record(query, params);
  }

  override async readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return work({ run: async (query, params = {}) => this.record(query, params) });
  }

  override async writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.readTransaction(work);
  }
}
