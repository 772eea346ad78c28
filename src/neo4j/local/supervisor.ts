import type { Logger } from '../../logger.ts';
import { describeExit } from './exit-reason.ts';
import type { LocalNeo4j, LocalNeo4jConnection } from './server.ts';

export interface SupervisorHooks {
  /** Neo4j is gone: stop claiming readiness. */
  onDown(): void;
  /** Neo4j answers again after a restart: prepare the graph (migrations) and become ready. */
  onRestarted(): Promise<void>;
}

/** Waits between restarts: quick first, then backing off so a server that cannot start does not spin. */
export const RESTART_BACKOFF_MS = [1000, 2000, 4000, 8000, 15_000, 30_000];

/**
 * Keeps the local Neo4j that this process started running: when it dies (out of memory, SIGKILL, a crash), logs
 * why, starts it again with backoff, and hands over to `onRestarted`. Stopping the service stops supervision first.
 */
export class Neo4jSupervisor {
  private stopping = false;
  private hooks: SupervisorHooks | undefined;
  private current: LocalNeo4jConnection;

  constructor(
    private readonly local: LocalNeo4j,
    connection: LocalNeo4jConnection,
    private readonly log: Logger,
  ) {
    this.current = connection;
  }

  /** The pid of the server running now (it changes with each restart). */
  get pid(): number {
    return this.current.pid;
  }

  supervise(hooks: SupervisorHooks): void {
    this.hooks = hooks;
    this.watch(this.current);
  }

  private watch(connection: LocalNeo4jConnection): void {
    void connection.exited?.then(async (exit) => {
      if (this.stopping || connection !== this.current) return;
      this.log.error(`Local Neo4j (pid ${connection.pid}) died: ${describeExit(exit, this.local.paths)}`, {
        code: exit.code ?? undefined,
        signal: exit.signal ?? undefined,
      });
      this.hooks?.onDown();
      await this.restart();
    });
  }

  private async restart(): Promise<void> {
    const died = Date.now();
    const started = await this.retry('Restarting the local Neo4j', async () => {
      this.current = await this.local.start('service');
    });
    // Watched before the graph is prepared: if it dies again meanwhile, that is noticed too.
    if (started) this.watch(this.current);
    if (!started || !(await this.retry('Preparing the graph after a restart', () => this.hooks?.onRestarted()))) return;
    this.log.info('Local Neo4j restarted and ready', {
      pid: this.current.pid,
      secondsDown: (Date.now() - died) / 1000,
    });
  }

  /** Runs `step` until it succeeds or supervision stops, waiting RESTART_BACKOFF_MS between attempts. */
  private async retry(what: string, step: () => Promise<void> | undefined): Promise<boolean> {
    for (let attempt = 0; !this.stopping; attempt++) {
      await new Promise((r) => setTimeout(r, RESTART_BACKOFF_MS[Math.min(attempt, RESTART_BACKOFF_MS.length - 1)]));
      if (this.stopping) return false;
      try {
        await step();
        return !this.stopping;
      } catch (error) {
        this.log.error(`${what} failed; trying again`, {
          attempt: attempt + 1,
          error: error instanceof Error ? error.message.split('\n')[0] : String(error),
        });
      }
    }
    return false;
  }

  /** No more restarts; returns the pid to stop. */
  stop(): number {
    this.stopping = true;
    return this.current.pid;
  }
}
