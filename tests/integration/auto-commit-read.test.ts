import { type Driver, Neo4jError, type Session } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { silentLogger } from '../../src/logger.ts';
import { Database, namedQuery } from '../../src/neo4j/database.ts';
import { DatabaseError } from '../../src/neo4j/errors.ts';
import { connectTestDatabase } from '../helpers/database.ts';

// Single reads are auto-commit transactions (one round trip instead of two). The driver retries only transaction
// functions, so these tests check that the service retries a transient failure itself, and only that.

const ONE = namedQuery('testOne', 'RETURN $n AS n', z.object({ n: z.number() }));
const BROKEN = namedQuery('testBroken', 'RETURN $n AS n FROM nowhere', z.object({ n: z.number() }));

/** The real driver, except that the first `failures` auto-commit statements fail with `error` before reaching Neo4j. */
function failingDriver(driver: Driver, failures: number, error: () => Error) {
  const calls = { run: 0, transactionFunctions: 0 };
  const proxy = new Proxy(driver, {
    get(target, prop) {
      if (prop !== 'session') return Reflect.get(target, prop, target);
      return (config: Parameters<Driver['session']>[0]) => {
        const session = target.session(config);
        return new Proxy(session, {
          get(s, p) {
            if (p === 'executeRead' || p === 'executeWrite') calls.transactionFunctions++;
            if (p !== 'run') {
              const value = Reflect.get(s, p, s) as unknown;
              return typeof value === 'function' ? value.bind(s) : value;
            }
            return (...args: Parameters<Session['run']>) => {
              calls.run++;
              if (calls.run <= failures) throw error();
              return s.run(...args);
            };
          },
        });
      };
    },
  });
  return { proxy, calls };
}

describe('a single read', () => {
  const db = connectTestDatabase();
  afterAll(() => db.close());
  const unavailable = () =>
    new Neo4jError('connection reset', 'ServiceUnavailable', 'ServiceUnavailable', 'ServiceUnavailable');

  it('is one auto-commit statement, not a transaction function', async () => {
    const { proxy, calls } = failingDriver(db.driver, 0, unavailable);
    const wrapped = new Database(proxy, db.settings, silentLogger);
    expect(await wrapped.read(ONE, { n: 7 })).toEqual([{ n: 7 }]);
    expect(calls).toEqual({ run: 1, transactionFunctions: 0 });
  });

  it('is retried after a transient failure, and reported once', async () => {
    const { proxy, calls } = failingDriver(db.driver, 2, unavailable);
    const events: string[] = [];
    const wrapped = new Database(proxy, db.settings, silentLogger, [(e) => events.push(e.failed ?? 'ok')]);
    expect(await wrapped.read(ONE, { n: 3 })).toEqual([{ n: 3 }]);
    expect(calls.run).toBe(3);
    expect(events).toEqual(['ok']);
  });

  it('gives up on a failure that does not pass, within the retry time, as UNAVAILABLE', async () => {
    const { proxy, calls } = failingDriver(db.driver, 1_000, unavailable);
    const wrapped = new Database(proxy, db.settings, silentLogger);
    const started = performance.now();
    const error = await wrapped.read(ONE, { n: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).failure).toBe('UNAVAILABLE');
    expect(calls.run).toBeGreaterThan(2);
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  it('is not retried when the statement itself is wrong', async () => {
    const events: string[] = [];
    const wrapped = db.scoped((e) => events.push(e.failed ?? 'ok'));
    const error = await wrapped.read(BROKEN, { n: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(events).toEqual(['Neo.ClientError.Statement.SyntaxError']);
  });
});
