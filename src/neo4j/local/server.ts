import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { LocalNeo4jSettings } from '../../config/environment.ts';
import { UserFacingError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { ADMIN_TOOL, classpath, ENTRY_POINT, ensureNeo4jInstalled } from './install.ts';
import { requireJava } from './java.ts';
import { jvmArguments, type LocalPaths, renderNeo4jConf } from './neo4j-conf.ts';

/**
 * `service`: started by `serve` or the test setup, stopped when that process ends.
 * `managed`: started by `conflict-kg neo4j start`, outlives services until `conflict-kg neo4j stop`.
 */
export type RunMode = 'service' | 'managed';

const pidFileSchema = z.object({
  pid: z.number().int().positive(),
  port: z.number().int(),
  mode: z.enum(['service', 'managed']),
  /** The process that started a `service` server and will stop it. */
  owner: z.number().int().positive().optional(),
});
type PidFile = z.infer<typeof pidFileSchema>;

export interface LocalNeo4jConnection {
  uri: string;
  user: string;
  password: string;
  pid: number;
  mode: RunMode;
  /** False when an already-running server was reused: stopping it is someone else's job. */
  startedHere: boolean;
  /** For a server started here: settles when its process ends, for whatever reason. */
  exited?: Promise<ProcessExit>;
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface LocalNeo4jStatus {
  running: boolean;
  ready: boolean;
  pid?: number;
  mode?: RunMode;
  uri: string;
  dir: string;
}

export function localPaths(dir: string): LocalPaths {
  return {
    home: dir,
    conf: join(dir, 'conf'),
    data: join(dir, 'data'),
    logs: join(dir, 'logs'),
    run: join(dir, 'run'),
    plugins: join(dir, 'plugins'),
    import: join(dir, 'import'),
    passwordFile: join(dir, 'password'),
    pidFile: join(dir, 'run', 'conflict-kg.pid.json'),
    consoleLog: join(dir, 'logs', 'console.log'),
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A recycled pid must not be mistaken for our server: on Linux, check its command line names our config dir. */
function isOurServer(pid: number, confDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(confDir);
  } catch {
    return true;
  }
}

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const probe = createServer();
    probe.once('error', () => resolvePromise(false));
    probe.listen(port, host, () => probe.close(() => resolvePromise(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePromise(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export class LocalNeo4j {
  readonly paths: LocalPaths;
  readonly uri: string;

  constructor(
    private readonly settings: LocalNeo4jSettings,
    private readonly log: Logger,
  ) {
    this.paths = localPaths(settings.dir);
    this.uri = `bolt://127.0.0.1:${settings.boltPort}`;
  }

  private async readPidFile(): Promise<PidFile | undefined> {
    if (!existsSync(this.paths.pidFile)) return undefined;
    const parsed = pidFileSchema.safeParse(JSON.parse(await readFile(this.paths.pidFile, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  }

  private running(pidFile: PidFile | undefined): pidFile is PidFile {
    return pidFile !== undefined && isOurServer(pidFile.pid, this.paths.conf);
  }

  async password(): Promise<string> {
    return (await readFile(this.paths.passwordFile, 'utf8')).trim();
  }

  async status(): Promise<LocalNeo4jStatus> {
    const pidFile = await this.readPidFile();
    const base = { uri: this.uri, dir: this.settings.dir };
    if (!this.running(pidFile)) return { ...base, running: false, ready: false };
    const ready = await this.boltAnswers(await this.password());
    return { ...base, running: true, ready, pid: pidFile.pid, mode: pidFile.mode };
  }

  private async boltAnswers(password: string): Promise<boolean> {
    const driver = neo4j.driver(this.uri, neo4j.auth.basic('neo4j', password), {
      connectionTimeout: 2000,
      logging: { level: 'error', logger: () => {} },
    });
    try {
      await driver.verifyConnectivity();
      return true;
    } catch {
      return false;
    } finally {
      await driver.close();
    }
  }

  /**
   * Starts the server, or reuses the one already running on this directory. A `service` server left behind by a
   * process that died is adopted (and stopped later by this process); a `managed` one is only borrowed.
   */
  async start(mode: RunMode): Promise<LocalNeo4jConnection> {
    const existing = await this.readPidFile();
    if (this.running(existing)) {
      const password = await this.password();
      // It may be starting (wait for it) or stopping (wait until it is gone, then start afresh).
      if (await this.waitForRunningServer(existing.pid, password)) {
        // Adopt (and later stop) only a service server whose owner died; a live owner keeps it, a managed one
        // belongs to `conflict-kg neo4j stop`.
        const orphan = existing.mode === 'service' && (existing.owner === undefined || !isAlive(existing.owner));
        const adopt = orphan && mode === 'service';
        if (adopt) await this.writePidFile({ ...existing, owner: process.pid });
        if (mode === 'managed' && existing.mode === 'service') {
          await this.writePidFile({ pid: existing.pid, port: existing.port, mode: 'managed' });
        }
        this.log.info('Reusing the local Neo4j already running', { uri: this.uri, pid: existing.pid });
        return { uri: this.uri, user: 'neo4j', password, pid: existing.pid, mode: existing.mode, startedHere: adopt };
      }
    }

    const java = requireJava(this.settings.javaHome);
    await ensureNeo4jInstalled(this.settings.cacheDir, this.settings.version, this.log);
    if (!(await isPortFree(this.settings.boltPort))) {
      throw new UserFacingError(
        `Port ${this.settings.boltPort} on 127.0.0.1 is already taken (another Neo4j?). ` +
          'Stop that process, set NEO4J_LOCAL_BOLT_PORT to a free port, or set NEO4J_URI to use that server.',
      );
    }
    for (const dir of [
      this.paths.conf,
      this.paths.data,
      this.paths.logs,
      this.paths.run,
      this.paths.plugins,
      this.paths.import,
    ]) {
      await mkdir(dir, { recursive: true });
    }
    await writeFile(join(this.paths.conf, 'neo4j.conf'), renderNeo4jConf(this.settings, this.paths));
    const password = await this.ensurePassword(java.executable);

    const started = Date.now();
    const out = openSync(this.paths.consoleLog, 'a');
    const child = spawn(
      java.executable,
      [
        ...jvmArguments(this.settings),
        '-cp',
        classpath(this.settings.cacheDir, this.settings.version),
        ENTRY_POINT,
        `--home-dir=${this.paths.home}`,
        `--config-dir=${this.paths.conf}`,
      ],
      {
        env: { ...this.neo4jEnv(), PATH: process.env.PATH ?? '' },
        // Its own process group: Ctrl-C reaches the service, which then stops Neo4j in order.
        detached: true,
        stdio: ['ignore', out, out],
      },
    );
    if (child.pid === undefined) throw new UserFacingError(`Could not start ${java.executable}`);
    const exited = new Promise<ProcessExit>((resolveExit) =>
      child.once('exit', (code, signal) => resolveExit({ code, signal })),
    );
    if (mode === 'managed') child.unref();
    const owner = mode === 'service' ? process.pid : undefined;
    await this.writePidFile({ pid: child.pid, port: this.settings.boltPort, mode, owner });
    try {
      await this.waitForBolt(password, child);
    } catch (error) {
      await this.stopPid(child.pid);
      throw error;
    }
    this.log.info('Local Neo4j is up', { uri: this.uri, pid: child.pid, seconds: (Date.now() - started) / 1000 });
    return { uri: this.uri, user: 'neo4j', password, pid: child.pid, mode, startedHere: true, exited };
  }

  private neo4jEnv(): Record<string, string> {
    return { NEO4J_HOME: this.paths.home, NEO4J_CONF: this.paths.conf };
  }

  private async writePidFile(content: PidFile): Promise<void> {
    await writeFile(this.paths.pidFile, JSON.stringify(content));
  }

  private async ensurePassword(javaExecutable: string): Promise<string> {
    if (existsSync(this.paths.passwordFile)) return this.password();
    if (existsSync(join(this.paths.data, 'dbms', 'auth.ini'))) {
      throw new UserFacingError(
        `${this.paths.data} holds a database whose password file ${this.paths.passwordFile} is gone. ` +
          'Restore the file, or delete the directory to start from an empty graph.',
      );
    }
    // Hex, not base64url: neo4j-admin reads an argument that starts with '-' as an option, and one fresh start in
    // 64 failed with "Missing required parameter: '<password>'".
    const password = randomBytes(24).toString('hex');
    const result = spawnSync(
      javaExecutable,
      [
        '-cp',
        classpath(this.settings.cacheDir, this.settings.version),
        ADMIN_TOOL,
        'dbms',
        'set-initial-password',
        password,
      ],
      { env: { ...this.neo4jEnv(), PATH: process.env.PATH ?? '' }, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      throw new UserFacingError(`neo4j-admin set-initial-password failed: ${result.stderr || result.stdout}`);
    }
    await writeFile(this.paths.passwordFile, `${password}\n`, { mode: 0o600 });
    await chmod(this.paths.passwordFile, 0o600);
    return password;
  }

  private async waitForBolt(password: string, child: ChildProcess | undefined): Promise<void> {
    const deadline = Date.now() + this.settings.startTimeoutMs;
    let exited: number | null | undefined;
    child?.once('exit', (code) => {
      exited = code;
    });
    while (Date.now() < deadline) {
      if (exited !== undefined) {
        throw new UserFacingError(
          `Neo4j exited during start-up (code ${exited}). See ${join(this.paths.logs, 'neo4j.log')} and ${this.paths.consoleLog}:\n` +
            tail(this.paths.consoleLog, 15),
        );
      }
      if (await this.boltAnswers(password)) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new UserFacingError(
      `Neo4j did not answer on ${this.uri} within ${this.settings.startTimeoutMs / 1000}s. ` +
        `See ${join(this.paths.logs, 'neo4j.log')}; raise NEO4J_START_TIMEOUT_MS on a slow machine.`,
    );
  }

  private async waitForRunningServer(pid: number, password: string): Promise<boolean> {
    const deadline = Date.now() + this.settings.startTimeoutMs;
    while (Date.now() < deadline) {
      if (!isAlive(pid)) return false;
      if (await this.boltAnswers(password)) return true;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new UserFacingError(
      `A Neo4j (pid ${pid}) runs on ${this.settings.dir} but does not answer on ${this.uri}. ` +
        'Stop it with `conflict-kg neo4j stop` and try again.',
    );
  }

  /** Stops the server running on this directory, if any. Returns whether one was running. */
  async stop(): Promise<boolean> {
    const pidFile = await this.readPidFile();
    if (!this.running(pidFile)) {
      if (pidFile) await rm(this.paths.pidFile, { force: true });
      return false;
    }
    await this.stopPid(pidFile.pid);
    return true;
  }

  /** Stops the server this process started, by its pid: the pid file may already name a newer server. */
  async stopPid(pid: number): Promise<void> {
    if (!isAlive(pid)) {
      if ((await this.readPidFile())?.pid === pid) await rm(this.paths.pidFile, { force: true });
      return;
    }
    const signal = (sig: NodeJS.Signals) => {
      try {
        process.kill(pid, sig);
      } catch {
        // already gone
      }
    };
    signal('SIGTERM');
    const deadline = Date.now() + 60_000;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (isAlive(pid)) {
      this.log.warn('Neo4j did not stop within 60s; killing it', { pid });
      signal('SIGKILL');
      while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
    }
    if ((await this.readPidFile())?.pid === pid) await rm(this.paths.pidFile, { force: true });
    this.log.info('Local Neo4j stopped', { pid });
  }

  /** Last resort from a synchronous 'exit' handler: no waiting is possible there. */
  killNow(pid: number): void {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
