import type { Environment } from '../config/environment.ts';
import { GRAPH_SCHEMA_VERSION, MIGRATIONS, migrate } from '../graph/migrations.ts';
import type { Logger } from '../logger.ts';
import { openDatabase } from '../neo4j/connect.ts';

export async function runMigrate(env: Environment, log: Logger): Promise<number> {
  const open = await openDatabase(env, log);
  try {
    await migrate(open.db, log);
    console.log(
      `Applied ${MIGRATIONS.length} idempotent schema statements (graph schema version ${GRAPH_SCHEMA_VERSION}) on ${open.uri}`,
    );
    return 0;
  } finally {
    await open.close();
  }
}
