import neo4j, { type Driver, isRetryableError, type Record as Neo4jRecord } from 'neo4j-driver';

/** How long transient failures are retried, for transaction functions (driver setting) and auto-commit reads alike. */
export const TRANSACTION_RETRY_MS = 3_000;

const FIRST_RETRY_DELAY_MS = 100;

export interface AutoCommitRead {
  driver: Driver;
  database: string;
  timeoutMs: number;
  cypher: string;
  params: Record<string, unknown>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One read statement as an auto-commit transaction: RUN and PULL in one round trip, where a transaction function
 * needs a second one for its COMMIT (BEGIN is sent with the RUN). A single statement is atomic either way, and a
 * read has nothing to commit; on a small request that round trip is a third of its time. The driver retries
 * only transaction functions, so transient failures (a pooled connection that died, a leader switch) are retried
 * here as it would, with a growing, jittered delay, for at most TRANSACTION_RETRY_MS.
 */
export async function autoCommitRead({
  driver,
  database,
  timeoutMs,
  cypher,
  params,
}: AutoCommitRead): Promise<Neo4jRecord[]> {
  const started = performance.now();
  for (let attempt = 0; ; attempt++) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    let failure: unknown;
    try {
      return (await session.run(cypher, params, { timeout: timeoutMs })).records;
    } catch (error) {
      failure = error;
    } finally {
      await session.close().catch(() => undefined);
    }
    const delay = FIRST_RETRY_DELAY_MS * 2 ** attempt * (0.8 + Math.random() * 0.4);
    if (!isRetryableError(failure) || performance.now() - started + delay > TRANSACTION_RETRY_MS) throw failure;
    await sleep(delay);
  }
}
