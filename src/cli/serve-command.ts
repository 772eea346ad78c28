import { createServer } from 'node:http';
import type { Environment } from '../config/environment.ts';
import { UserFacingError } from '../errors.ts';
import { limitBodySize, withExportRoute } from '../graphql/http.ts';
import { createGraphQLServer } from '../graphql/server.ts';
import type { Logger } from '../logger.ts';
import { type OpenDatabase, openDatabase } from '../neo4j/connect.ts';
import { DatabaseError } from '../neo4j/errors.ts';
import { isPortFree } from '../neo4j/local/server.ts';
import { migrate } from '../neo4j/migrations.ts';
import { seedIfEmpty } from '../seed.ts';

const RETRY_MS = 5000;

/**
 * Migrations and the seed, now or — when the own server (NEO4J_URI) is down at start — in the background every
 * few seconds until it answers. Meanwhile the service runs, /ready says 503 and requests fail with UNAVAILABLE.
 */
async function prepareGraph(env: Environment, open: OpenDatabase, log: Logger) {
  const state = { ready: false, timer: undefined as NodeJS.Timeout | undefined };
  const prepare = async () => {
    await migrate(open.db, log);
    if (env.seed.loadWhenEmpty) await seedIfEmpty(open.db, env.seed.dir, log);
    state.ready = true;
  };
  try {
    await prepare();
  } catch (error) {
    if (open.local || !(error instanceof DatabaseError && error.failure === 'UNAVAILABLE')) throw error;
    log.warn(`Neo4j at ${open.uri} is unavailable: serving anyway, not ready; retrying every ${RETRY_MS / 1000}s`);
    let busy = false;
    state.timer = setInterval(() => {
      if (busy) return;
      busy = true;
      prepare()
        .then(() => {
          clearInterval(state.timer);
          log.info('Neo4j answers again: graph prepared, ready');
        })
        .catch(() => {})
        .finally(() => {
          busy = false;
        });
    }, RETRY_MS);
  }
  return state;
}

export async function runServe(env: Environment, log: Logger): Promise<number> {
  // Checked first: finding the port taken after Neo4j has started would cost a start and a stop.
  if (!(await isPortFree(env.http.port, env.http.host))) {
    throw new UserFacingError(`Port ${env.http.port} on ${env.http.host} is taken: set PORT to a free one.`);
  }
  const open = await openDatabase(env, log);
  // Registered before anything else can fail: a local Neo4j started here must not outlive this process.
  process.once('exit', () => open.killNow());
  let graph: Awaited<ReturnType<typeof prepareGraph>>;
  try {
    graph = await prepareGraph(env, open, log);
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
    requireReaderKey: env.requireReaderKey,
    ready: async () => graph.ready && (await open.db.ping()),
  });
  const routes = withExportRoute(yoga, {
    db: open.db,
    log,
    apiKeys: env.apiKeys,
    requireReaderKey: env.requireReaderKey,
  });
  const server = createServer(limitBodySize(routes, env.http.maxBodyBytes));
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
    clearInterval(graph.timer);
    await open.close();
    throw error;
  });
  const url = `http://${env.http.host}:${env.http.port}/graphql`;
  log.info(`GraphQL ready at ${url}${env.http.graphiql ? ' (open it in a browser for GraphiQL)' : ''}`, {
    neo4j: open.uri,
  });
  if (env.apiKeys.length === 0) {
    log.info(
      'No API_KEYS configured: mutations are refused. Create a writer key with `npm run cli -- apikey --role writer`.',
    );
  }

  return new Promise<number>((resolvePromise) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) {
        log.warn('Second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      log.info(`${signal} received: shutting down`);
      clearInterval(graph.timer);
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await open.close();
      resolvePromise(0);
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  });
}
