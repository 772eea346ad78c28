import neo4j, {
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type Record as Neo4jRecord,
  type Transaction as Neo4jTransaction,
} from 'neo4j-driver';
import type { z } from 'zod';
import type { Logger } from '../logger.ts';
import { classifyNeo4jError, DatabaseError } from './errors.ts';
import { toParams, toPlain } from './values.ts';

/** A Cypher statement with a name (for logs and query counting) and the zod schema of one row it returns. */
export interface NamedQuery<Row> {
  name: string;
  cypher: string;
  row: z.ZodType<Row>;
}

export function namedQuery<Schema extends z.ZodType>(
  name: string,
  cypher: string,
  row: Schema,
): NamedQuery<z.infer<Schema>> {
  return { name, cypher, row: row as z.ZodType<z.infer<Schema>> };
}

export interface QueryEvent {
  name: string;
  mode: 'READ' | 'WRITE';
  rows: number;
  ms: number;
}

export type Params = Record<string, unknown>;

export interface Transaction {
  run<Row>(query: NamedQuery<Row>, params?: Params): Promise<Row[]>;
}

/** A read transaction whose rows are pulled one at a time (driver back-pressure), for results larger than memory. */
export interface StreamingTransaction {
  stream<Row>(query: NamedQuery<Row>, params?: Params): AsyncIterable<Row>;
}

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
  txTimeoutMs: number;
  /** For streamed reads (exports), which last as long as the consumer takes to write what they read. */
  streamTimeoutMs?: number;
}

function parseRow<Row>(query: NamedQuery<Row>, record: Neo4jRecord, index: number): Row {
  const parsed = query.row.safeParse(toPlain(record.toObject()));
  if (!parsed.success) {
    // A row that does not fit its schema is a bug in the query, not the user's fault: say where, not what data.
    throw new DatabaseError(
      'INTERNAL',
      `Query ${query.name} returned an unexpected row ${index}: ${parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
      undefined,
    );
  }
  return parsed.data;
}

/**
 * The service's handle on Neo4j: every query goes through read() / write() / transaction(), which apply the
 * transaction timeout, retry transient failures (driver transaction functions), parse rows with zod and report
 * each statement to observers (logging, and the tests that count round trips).
 */
export class Database {
  private readonly observers: Set<(event: QueryEvent) => void>;

  constructor(
    readonly driver: Driver,
    readonly settings: Omit<ConnectionSettings, 'password'>,
    private readonly log: Logger,
    observers: Iterable<(event: QueryEvent) => void> = [],
  ) {
    this.observers = new Set(observers);
  }

  static connect(settings: ConnectionSettings, log: Logger): Database {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 2_000,
      // Transient failures (deadlocks between concurrent writers, a leader switch) are retried for up to 3 s:
      // enough for those, and short enough that requests fail fast while Neo4j is down.
      maxTransactionRetryTime: 3_000,
      logging: { level: 'warn', logger: (level, message) => log.warn(`neo4j-driver ${level}: ${message}`) },
    });
    const { password: _password, ...rest } = settings;
    return new Database(driver, rest, log);
  }

  observe(observer: (event: QueryEvent) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /**
   * The same connection, reporting its statements to one more observer: how a request counts its own Cypher
   * round trips and Neo4j time. Observers added to this database later are not seen by the scoped one.
   */
  scoped(observer: (event: QueryEvent) => void): Database {
    return new Database(this.driver, this.settings, this.log, [...this.observers, observer]);
  }

  private wrap(tx: ManagedTransaction, mode: 'READ' | 'WRITE'): Transaction {
    return {
      run: async <Row>(query: NamedQuery<Row>, params: Params = {}) => {
        const started = performance.now();
        const result = await tx.run(query.cypher, toParams(params) as Params);
        const rows = result.records.map((record, index) => parseRow(query, record, index));
        this.report({ name: query.name, mode, rows: rows.length, ms: performance.now() - started });
        return rows;
      },
    };
  }

  private async *streamRows<Row>(tx: Neo4jTransaction, query: NamedQuery<Row>, params: Params = {}) {
    const started = performance.now();
    let index = 0;
    for await (const record of tx.run(query.cypher, toParams(params) as Params)) yield parseRow(query, record, index++);
    this.report({ name: query.name, mode: 'READ', rows: index, ms: performance.now() - started });
  }

  private report(event: QueryEvent) {
    for (const observer of this.observers) observer(event);
    this.log.debug('cypher', { ...event, ms: Math.round(event.ms * 10) / 10 });
  }

  private async execute<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: this.settings.txTimeoutMs };
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(this.wrap(tx, mode)), config)
        : await session.executeWrite((tx) => work(this.wrap(tx, mode)), config);
    } catch (error) {
      // Application errors thrown by `work` (validation, injected faults) pass through untouched.
      if (error instanceof Neo4jError || error instanceof DatabaseError) throw classifyNeo4jError(error);
      throw error;
    } finally {
      await session.close();
    }
  }

  read<Row>(query: NamedQuery<Row>, params: Params = {}): Promise<Row[]> {
    return this.execute('READ', (tx) => tx.run(query, params));
  }

  write<Row>(query: NamedQuery<Row>, params: Params = {}): Promise<Row[]> {
    return this.execute('WRITE', (tx) => tx.run(query, params));
  }

  /** One write transaction: everything in `work` commits together or not at all. */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.execute('WRITE', work);
  }

  readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.execute('READ', work);
  }

  /**
   * One read transaction whose queries stream their rows: the driver fetches the next records only as the
   * consumer pulls, so memory holds a fetch window, not the result. Not retried, since rows already handed out
   * cannot be taken back; a failure rolls back and surfaces as a DatabaseError.
   */
  async streamingRead<T>(work: (tx: StreamingTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: 1000,
    });
    const tx = session.beginTransaction({ timeout: this.settings.streamTimeoutMs ?? 600_000 });
    try {
      const result = await work({ stream: (query, params) => this.streamRows(tx, query, params) });
      await tx.commit();
      return result;
    } catch (error) {
      await tx.rollback().catch(() => undefined);
      if (error instanceof Neo4jError || error instanceof DatabaseError) throw classifyNeo4jError(error);
      throw error;
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.settings.database });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
