import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { localEnvironment, parseTestEnvironment } from '../src/config/environment.ts';
import { createLogger } from '../src/logger.ts';
import { freePort, isAlive, LocalNeo4j } from '../src/neo4j/local/server.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** A test run that died (killed, crashed) leaves its Neo4j behind: stop those whose owner process is gone. */
async function stopLeftovers() {
  for (const name of await readdir(tmpdir())) {
    if (!name.startsWith('conflict-kg-test-')) continue;
    const dir = join(tmpdir(), name);
    const pidFile = await readFile(join(dir, 'run', 'conflict-kg.pid.json'), 'utf8').catch(() => undefined);
    // No pid file yet: another run may be starting right now. Leave it.
    if (pidFile === undefined) continue;
    const owner = (JSON.parse(pidFile) as { owner?: number }).owner;
    if (owner === undefined || isAlive(owner)) continue;
    const env = localEnvironment(dir);
    await new LocalNeo4j(env.local, createLogger('warn')).stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Integration tests run against a real Neo4j: the one NEO4J_TEST_URI names (its data will be wiped), or a
 * throwaway local server on a free port and a temporary directory, removed afterwards. No database, no pass.
 */
export default async function setup(project: TestProject) {
  const testEnv = parseTestEnvironment();
  if (testEnv.NEO4J_TEST_URI) {
    project.provide('neo4j', {
      uri: testEnv.NEO4J_TEST_URI,
      user: testEnv.NEO4J_TEST_USER,
      password: testEnv.NEO4J_TEST_PASSWORD ?? '',
    });
    return;
  }
  await stopLeftovers();
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-test-'));
  const env = localEnvironment(dir, await freePort());
  // info: a first run says it is fetching Neo4j (about a minute) instead of looking stuck.
  const local = new LocalNeo4j(env.local, createLogger('info'));
  const connection = await local.start('service');
  project.provide('neo4j', { uri: connection.uri, user: connection.user, password: connection.password });
  return async () => {
    await local.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
