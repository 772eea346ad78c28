import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/environment.ts';
import { freePort } from '../../src/neo4j/local/server.ts';
import { waitFor } from '../helpers/processes.ts';

export { waitFor };

// A real `conflict-kg serve` process with a local Neo4j of its own, for tests that freeze or kill the database.

export class ServiceProcess {
  log = '';
  private child: ChildProcess | undefined;

  private constructor(
    readonly dir: string,
    readonly base: string,
    readonly env: Record<string, string>,
  ) {}

  static async start(extraEnv: Record<string, string> = {}): Promise<ServiceProcess> {
    const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-e2e-'));
    const port = await freePort();
    const env = {
      NEO4J_URI: '',
      NEO4J_LOCAL_DIR: join(dir, 'neo4j'),
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      PORT: String(port),
      LOG_LEVEL: 'info',
      ...extraEnv,
    };
    const service = new ServiceProcess(dir, `http://127.0.0.1:${port}`, env);
    service.child = spawn(process.execPath, [join(projectRoot, 'bin', 'conflict-kg.js'), 'serve'], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
    });
    service.child.stderr?.on('data', (chunk) => {
      service.log += chunk;
    });
    if (!(await waitFor(async () => (await service.get('/ready')).status === 200, 180_000))) {
      throw new Error(`service not ready:\n${service.log.slice(-2000)}`);
    }
    return service;
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.base}${path}`, { headers, signal: AbortSignal.timeout(60_000) });
  }

  graphql(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<Response> {
    return fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
  }

  /** The pid of the Neo4j the service runs now (it changes when the service restarts it). */
  async neo4jPid(): Promise<number> {
    const file = join(this.env.NEO4J_LOCAL_DIR!, 'run', 'conflict-kg.pid.json');
    return (JSON.parse(await readFile(file, 'utf8')) as { pid: number }).pid;
  }

  async neo4jPassword(): Promise<string> {
    return (await readFile(join(this.env.NEO4J_LOCAL_DIR!, 'password'), 'utf8')).trim();
  }

  /** SIGTERM, then the exit code; the directory (graph included) is removed. */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (child && child.exitCode === null) {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      const code = await exited;
      await rm(this.dir, { recursive: true, force: true });
      return code;
    }
    await rm(this.dir, { recursive: true, force: true });
    return child?.exitCode ?? null;
  }
}
