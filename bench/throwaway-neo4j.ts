import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Environment, localEnvironment } from '../src/config/environment.ts';
import { migrate } from '../src/graph/migrations.ts';
import { type Logger, silentLogger } from '../src/logger.ts';
import { Database } from '../src/neo4j/database.ts';
import { freePort, LocalNeo4j, type LocalNeo4jConnection } from '../src/neo4j/local/server.ts';

// Every benchmark script measures on a Neo4j of its own: started in a fresh temporary directory, migrated, and
// stopped and removed afterwards, also when the work fails or the run is interrupted (Ctrl-C).

export interface Throwaway {
  db: Database;
  /** the temporary directory (Neo4j lives in its `neo4j` folder; scripts may write beside it) */
  dir: string;
  env: Environment;
  connection: LocalNeo4jConnection;
}

export interface ThrowawayOptions {
  /** the temporary directory's name prefix */
  prefix: string;
  /** NEO4J_LOCAL_* settings (heap, page cache) */
  settings?: Record<string, string>;
  txTimeoutMs: number;
  /** what the local Neo4j logs (start, stop); silent by default */
  log?: Logger;
}

export async function withThrowawayNeo4j<T>(options: ThrowawayOptions, work: (neo4j: Throwaway) => Promise<T>) {
  const dir = await mkdtemp(join(tmpdir(), options.prefix));
  const env = localEnvironment(join(dir, 'neo4j'), await freePort(), options.settings ?? {});
  const local = new LocalNeo4j(env.local, options.log ?? silentLogger);
  const cleanUp = async () => {
    await local.stop();
    await rm(dir, { recursive: true, force: true });
  };
  const interrupted = async () => {
    await cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const connection = await local.start('service');
    const db = Database.connect({ ...connection, database: 'neo4j', txTimeoutMs: options.txTimeoutMs }, silentLogger);
    try {
      await migrate(db, silentLogger);
      return await work({ db, dir, env, connection });
    } finally {
      await db.close();
    }
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await cleanUp();
  }
}
