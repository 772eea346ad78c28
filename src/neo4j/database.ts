import neo4j, {
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type Transaction as Neo4jTransaction,
} from 'neo4j-driver';
import type { Logger } from '../logger.ts';
import { autoCommitRead, TRANSACTION_RETRY_MS } from './auto-commit-read.ts';
import { throttledDriverLog } from './driver-log.ts';
import { classifyNeo4jError, DatabaseError } from './errors.ts';
import { type NamedQuery, parseRow } from './named-query.ts';
import { toParams } from './values.ts';

export { type NamedQuery, namedQuery } from './named-query.ts';

export interface QueryEvent {
  name: string;
  mode: 'READ' | 'WRITE';
  rows: number;
  ms: number;
  /** Set when Neo4j (or the client-side deadline) rejected the statement: failures are counted too. */
  failed?: string;
}

/**
 * What every copy of one connection shares: whether the health monitor last found Neo4j answering. While it does
 * not, statements fail at once with UNAVAILABLE instead of waiting on a frozen server.
 */
export interface ConnectionHealth {
  down: boolean;
}

/** Time allowed past Neo4j's own transaction timeout before the client gives up on a server that does not answer. */
export const CLIENT_DEADLINE_GRACE_MS = 3000;

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

/**
 * The service's handle on Neo4j: every query goes through read() / write() / transaction(), which apply the
 * transaction timeout, retry transient failures (the driver's transaction functions; single reads, auto-committed,
 * in autoCommitRead), parse rows with zod and report
 * each statement to observers (logging, and the tests that count round trips).
 */
export class Database {
  private readonly observers: Set<(event: QueryEvent) => void>;

  constructor(
    readonly driver: Driver,
    readonly settings: Omit<ConnectionSettings, 'password'>,
    private readonly log: Logger,
    observers: Iterable<(event: QueryEvent) => void> = [],
    readonly health: ConnectionHealth = { down: false },
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
      maxTransactionRetryTime: TRANSACTION_RETRY_MS,
      // One line per kind of driver warning and minute: its messages carry stack traces and protocol dumps, and an
      // outage would repeat them for every pooled connection and every probe.
      logging: { level: 'warn', logger: throttledDriverLog(log) },
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
    return new Database(this.driver, this.settings, this.log, [...this.observers, observer], this.health);
  }

  /** The same connection with another transaction timeout: start-up work (migrations, seed) has its own budget. */
  withTimeout(txTimeoutMs: number): Database {
    return new Database(this.driver, { ...this.settings, txTimeoutMs }, this.log, this.observers, this.health);
  }

  private wrap(tx: ManagedTransaction, mode: 'READ' | 'WRITE'): Transaction {
    return {
      run: async <Row>(query: NamedQuery<Row>, params: Params = {}) => {
        const started = performance.now();
        const result = await tx.run(query.cypher, toParams(params) as Params).catch((error: unknown) => {
          this.reportFailure(query.name, mode, started, error);
          throw error;
        });
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

  private reportFailure(name: string, mode: 'READ' | 'WRITE', started: number, error: unknown) {
    const failed = classifyNeo4jError(error).neo4jCode ?? 'unknown';
    this.report({ name, mode, rows: 0, ms: performance.now() - started, failed });
  }

  private report(event: QueryEvent) {
    for (const observer of this.observers) observer(event);
    this.log.debug('cypher', { ...event, ms: Math.round(event.ms * 10) / 10 });
  }

  /**
   * Neo4j enforces the transaction timeout itself, so a frozen or unreachable server would never answer: the
   * client gives up a little later (CLIENT_DEADLINE_GRACE_MS) and fails with TIMEOUT, instead of hanging.
   */
  private async execute<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.withDeadline(() => this.executeInSession(mode, work));
  }

  private async withDeadline<T>(run: () => Promise<T>): Promise<T> {
    if (this.health.down) throw new DatabaseError('UNAVAILABLE', 'The graph database is unavailable', undefined);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new DatabaseError('TIMEOUT', 'The graph database did not answer in time', 'ClientDeadline')),
        this.settings.txTimeoutMs + CLIENT_DEADLINE_GRACE_MS,
      );
    });
    try {
      return await Promise.race([run(), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** One read statement, auto-committed (see autoCommitRead): the same rows, checks and reports as in a transaction. */
  private async readOne<Row>(query: NamedQuery<Row>, params: Params): Promise<Row[]> {
    const started = performance.now();
    try {
      const records = await autoCommitRead({
        driver: this.driver,
        database: this.settings.database,
        timeoutMs: this.settings.txTimeoutMs,
        cypher: query.cypher,
        params: toParams(params) as Params,
      });
      const rows = records.map((record, index) => parseRow(query, record, index));
      this.report({ name: query.name, mode: 'READ', rows: rows.length, ms: performance.now() - started });
      return rows;
    } catch (error) {
      if (error instanceof Neo4jError) this.reportFailure(query.name, 'READ', started, error);
      if (error instanceof Neo4jError || error instanceof DatabaseError) throw classifyNeo4jError(error);
      throw error;
    }
  }

  private async executeInSession<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>): Promise<T> {
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
    return this.withDeadline(() => this.readOne(query, params));
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

  /**
   * A real read (not just a handshake) that must answer within `timeoutMs`, measured here: what /ready and the
   * health monitor ask. A frozen server accepts connections but answers nothing, so only a client-side clock sees it.
   */
  async probe(timeoutMs: number): Promise<boolean> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolveLate) => {
      timer = setTimeout(() => resolveLate(false), timeoutMs);
    });
    const answer = session
      .executeRead((tx) => tx.run('RETURN 1 AS ok'), { timeout: timeoutMs })
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
      // Closing waits for the server; on a frozen one it would never end.
      void session.close().catch(() => undefined);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
