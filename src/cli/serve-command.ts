import { createServer } from 'node:http';
import type { Environment } from '../config/environment.ts';
import { UserFacingError } from '../errors.ts';
import { limitBodySize } from '../graphql/http.ts';
import { createGraphQLServer } from '../graphql/server.ts';
import type { Logger } from '../logger.ts';
import { openDatabase } from '../neo4j/connect.ts';
import { migrate } from '../neo4j/migrations.ts';
import { seedIfEmpty } from '../seed.ts';

export async function runServe(env: Environment, log: Logger): Promise<number> {
  const open = await openDatabase(env, log);
  // Registered before anything else can fail: a local Neo4j started here must not outlive this process.
  process.once('exit', () => open.killNow());
  try {
    await migrate(open.db, log);
    if (env.seed.loadWhenEmpty) await seedIfEmpty(open.db, env.seed.dir, log);
  } catch (error) {
    await open.close();
    throw error;
  }

  const yoga = createGraphQLServer({
    db: open.db,
    log,
    graphiql: env.http.graphiql,
    apiKeys: env.apiKeys,
    limits: env.limits,
  });
  const server = createServer(limitBodySize(yoga, env.http.maxBodyBytes));
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new UserFacingError(`Port ${env.http.port} on ${env.http.host} is taken: set PORT to a free one.`)
          : error,
      ),
    );
    server.listen(env.http.port, env.http.host, resolvePromise);
  }).catch(async (error) => {
    await open.close();
    throw error;
  });
  const url = `http://${env.http.host}:${env.http.port}/graphql`;
  log.info(`GraphQL ready at ${url}${env.http.graphiql ? ' (open it in a browser for GraphiQL)' : ''}`, {
    neo4j: open.uri,
  });

  return new Promise<number>((resolvePromise) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) {
        log.warn('Second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      log.info(`${signal} received: shutting down`);
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await open.close();
      resolvePromise(0);
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  });
}
