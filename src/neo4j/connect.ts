import type { Environment } from '../config/environment.ts';
import type { Logger } from '../logger.ts';
import { Database } from './database.ts';
import { LocalNeo4j, type RunMode } from './local/server.ts';
import { Neo4jSupervisor, type SupervisorHooks } from './local/supervisor.ts';

export interface OpenDatabase {
  db: Database;
  /** Where the graph lives, for logs and the README's "how to connect" lines. */
  uri: string;
  local: boolean;
  /** Closes the driver, and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
  /** Synchronous last resort for process 'exit': signals a local Neo4j this process started. */
  killNow(): void;
  /** Restart a local Neo4j this process started whenever it dies (a no-op for servers run elsewhere). */
  supervise(hooks: SupervisorHooks): void;
  /** The local Neo4j's process id, while this process runs it. */
  pid(): number | undefined;
}

/** Connects to NEO4J_URI when set; otherwise starts (or reuses) the project's local Neo4j. */
export async function openDatabase(env: Environment, log: Logger, mode: RunMode = 'service'): Promise<OpenDatabase> {
  const settings = {
    user: env.neo4j.user,
    database: env.neo4j.database,
    txTimeoutMs: env.neo4j.txTimeoutMs,
    streamTimeoutMs: env.neo4j.streamTimeoutMs,
  };
  if (env.neo4j.uri) {
    const db = Database.connect({ ...settings, uri: env.neo4j.uri, password: env.neo4j.password ?? '' }, log);
    return {
      db,
      uri: env.neo4j.uri,
      local: false,
      close: () => db.close(),
      killNow: () => {},
      supervise: () => {},
      pid: () => undefined,
    };
  }
  const local = new LocalNeo4j(env.local, log);
  const connection = await local.start(mode);
  const db = Database.connect(
    { ...settings, uri: connection.uri, user: connection.user, password: connection.password },
    log,
  );
  const stopsHere = connection.startedHere && mode === 'service';
  const supervisor = stopsHere ? new Neo4jSupervisor(local, connection, log) : undefined;
  return {
    db,
    uri: connection.uri,
    local: true,
    close: async () => {
      await db.close();
      if (supervisor) await local.stopPid(supervisor.stop());
    },
    killNow: () => {
      if (supervisor) local.killNow(supervisor.stop());
    },
    supervise: (hooks) => supervisor?.supervise(hooks),
    pid: () => (supervisor ? supervisor.pid : undefined),
  };
}
