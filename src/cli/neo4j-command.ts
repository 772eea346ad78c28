import type { Environment } from '../config/environment.ts';
import { UserFacingError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { LocalNeo4j } from '../neo4j/local/server.ts';

export async function runNeo4j(env: Environment, log: Logger, args: string[]): Promise<number> {
  if (env.neo4j.uri) {
    throw new UserFacingError(
      `NEO4J_URI is set (${env.neo4j.uri}): that server is yours to manage, not conflict-kg's.`,
    );
  }
  const local = new LocalNeo4j(env.local, log);
  switch (args[0]) {
    case 'start': {
      const c = await local.start('managed');
      console.log(`Neo4j running on ${c.uri} (pid ${c.pid}); user neo4j, password in ${local.paths.passwordFile}`);
      console.log('It keeps running after services stop; `conflict-kg neo4j stop` stops it.');
      return 0;
    }
    case 'stop':
      console.log((await local.stop()) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      const s = await local.status();
      if (!s.running) console.log(`Neo4j is not running (directory ${s.dir}).`);
      else
        console.log(
          `Neo4j is running on ${s.uri} (pid ${s.pid}, ${s.mode}, ${s.ready ? 'answering' : 'not answering yet'}).`,
        );
      return s.running ? 0 : 3;
    }
    default:
      throw new UserFacingError('usage: conflict-kg neo4j start|stop|status');
  }
}
