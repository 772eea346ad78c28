import type { Environment } from '../config/environment.ts';
import { stacksWithoutSourceMaps } from '../config/stack-traces.ts';
import { UserFacingError } from '../errors.ts';
import { migrate } from '../graph/migrations.ts';
import { ResponseCache } from '../graphql/response-cache.ts';
import { createApp, createHttpServer } from '../http/app.ts';
import { seedIfEmpty } from '../ingest/seed.ts';
import type { Logger } from '../logger.ts';
import { type OpenDatabase, openDatabase } from '../neo4j/connect.ts';
import type { Database } from '../neo4j/database.ts';
import { DatabaseError } from '../neo4j/errors.ts';
import { HealthMonitor } from '../neo4j/health-monitor.ts';
import { isPortFree } from '../neo4j/local/server.ts';

const RETRY_MS = 5000;

/**
 * Migrations, then the seed when the graph is empty, with their own transaction timeout and batch size: a first
 * start on a busy machine must not fail on the per-request timeout. A failure says which step and which setting.
 */
async function prepareOnce(env: Environment, db: Database, log: Logger): Promise<void> {
  const startup = db.withTimeout(env.neo4j.startupTxTimeoutMs);
  const step = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof DatabaseError) || error.failure !== 'TIMEOUT') throw error;
      throw new UserFacingError(
        `${what} timed out (NEO4J_STARTUP_TX_TIMEOUT_MS=${env.neo4j.startupTxTimeoutMs}): raise it, ` +
          `or lower SEED_BATCH_SIZE (now ${env.seed.batchSize}) so each transaction does less.`,
        { cause: error },
      );
    }
  };
  await step('Migrating the graph', () => migrate(startup, log));
  if (env.seed.loadWhenEmpty) {
    await step(`Loading the seed from ${env.seed.dir}`, () =>
      seedIfEmpty(startup, env.seed.dir, log, env.seed.batchSize),
    );
  }
}

/**
 * The graph prepared now or — when the own server (NEO4J_URI) is down at start — in the background every few
 * seconds until it answers. Meanwhile the service runs, /ready says 503 and requests fail with UNAVAILABLE.
 */
async function prepareGraph(env: Environment, open: OpenDatabase, health: HealthMonitor, log: Logger) {
  const state = { ready: false, timer: undefined as NodeJS.Timeout | undefined };
  const prepare = async () => {
    await prepareOnce(env, open.db, log);
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
  // A local Neo4j that dies is started again; the graph is migrated again before the service says it is ready.
  open.supervise({
    onDown: () => {
      state.ready = false;
    },
    onRestarted: async () => {
      // Requests fail fast while the monitor says down; a probe now says up as soon as the new server answers.
      if (!(await health.check())) throw new Error('the restarted Neo4j does not answer a read yet');
      await migrate(open.db.withTimeout(env.neo4j.startupTxTimeoutMs), log);
      state.ready = true;
    },
  });
  return state;
}

export async function runServe(env: Environment, log: Logger): Promise<number> {
  stacksWithoutSourceMaps();
  // Checked first: finding the port taken after Neo4j has started would cost a start and a stop.
  if (!(await isPortFree(env.http.port, env.http.host))) {
    throw new UserFacingError(`Port ${env.http.port} on ${env.http.host} is taken: set PORT to a free one.`);
  }
  const open = await openDatabase(env, log);
  // Registered before anything else can fail: a local Neo4j started here must not outlive this process.
  process.once('exit', () => open.killNow());
  const health = new HealthMonitor(open.db, log, env.neo4j.readyTimeoutMs);
  let graph: Awaited<ReturnType<typeof prepareGraph>>;
  try {
    graph = await prepareGraph(env, open, health, log);
  } catch (error) {
    await open.close();
    throw error;
  }
  health.start();
  const responseCache = env.responseCache && new ResponseCache(open.db, env.responseCache, log);
  responseCache?.start();

  const app = createApp({
    db: open.db,
    log,
    bindHost: env.http.host,
    allowedHosts: env.http.allowedHosts,
    corsOrigins: env.http.corsOrigins,
    graphiql: env.http.graphiql,
    apiKeys: env.apiKeys,
    limits: env.limits,
    requireReaderKey: env.requireReaderKey,
    heavy: env.heavy,
    ready: async () => graph.ready && (await health.check()),
    responseCache: responseCache || undefined,
  });
  const server = createHttpServer(app, env.http.maxBodyBytes, log);
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
      health.stop();
      responseCache?.stop();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await open.close();
      resolvePromise(0);
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  });
}
