import neo4j, { type Driver, type ManagedTransaction, type ProfiledPlan, type Session } from 'neo4j-driver';

// dbHits from PROFILE for each side of a request: the service and the peer run on a driver that records every
// statement with its parameters as sent, in transaction functions and auto-commit transactions alike (what the
// request really cost Neo4j, all round trips included); each recorded statement is then run again under PROFILE,
// and the database hits of its plan are summed.

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Methods bound to their object, so that a proxy's caller sees the original's behaviour. */
function bound<T extends object>(target: T, prop: string | symbol) {
  const value = Reflect.get(target, prop) as unknown;
  return typeof value === 'function' ? value.bind(target) : value;
}

function recordingTransaction(tx: ManagedTransaction, into: Statement[]): ManagedTransaction {
  return new Proxy(tx, {
    get(target, prop) {
      if (prop !== 'run') return bound(target, prop);
      return (cypher: string, params: Record<string, unknown> = {}) => {
        into.push({ cypher, params });
        return target.run(cypher, params);
      };
    },
  });
}

function recordingSession(session: Session, into: Statement[]): Session {
  return new Proxy(session, {
    get(target, prop) {
      if (prop === 'run') {
        // auto-commit statements (the service's single reads)
        return (cypher: string, params: Record<string, unknown> = {}, config?: object) => {
          into.push({ cypher, params });
          return target.run(cypher, params, config);
        };
      }
      if (prop !== 'executeRead' && prop !== 'executeWrite') return bound(target, prop);
      return <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: object) =>
        target[prop]((tx) => work(recordingTransaction(tx, into)), config);
    },
  });
}

/** The driver as it is, except that statements run in transaction functions are recorded into `into`. */
export function recordingDriver(driver: Driver, into: Statement[]): Driver {
  return new Proxy(driver, {
    get(target, prop) {
      if (prop !== 'session') return bound(target, prop);
      return (config?: Parameters<Driver['session']>[0]) => recordingSession(target.session(config), into);
    },
  });
}

function sumHits(plan: ProfiledPlan | false): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((n, child) => n + sumHits(child), 0);
}

/** Database hits of these statements under PROFILE, summed (in a read transaction that changes nothing). */
export async function profileHits(driver: Driver, statements: Statement[]): Promise<number> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    let hits = 0;
    for (const s of statements) {
      const cypher = s.cypher.replace(/^(\s*CYPHER\s+\d+\s+)?/i, (prefix) => `${prefix}PROFILE `);
      const result = await session.executeRead((tx) => tx.run(cypher, s.params));
      hits += sumHits(result.summary.profile);
    }
    return hits;
  } finally {
    await session.close();
  }
}
