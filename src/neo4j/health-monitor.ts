import type { Logger } from '../logger.ts';
import type { Database } from './database.ts';

/**
 * Probes Neo4j with a real read every `intervalMs`, each answer due within `timeoutMs`. After `failuresToMarkDown`
 * probes in a row fail, the connection is marked down, so requests fail at once with UNAVAILABLE instead of each
 * waiting for its own deadline; the first answer marks it up again. One slow probe (a long garbage collection
 * under load) is not enough: that would fail every request for a pause. Changes of state are logged once.
 */
export class HealthMonitor {
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  private failures = 0;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    private readonly timeoutMs: number,
    private readonly intervalMs = Math.max(1000, timeoutMs),
    private readonly failuresToMarkDown = 2,
  ) {}

  start(): this {
    this.timer ??= setInterval(() => void this.check(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  /** One probe now; updates the shared state and returns whether Neo4j answered. */
  async check(): Promise<boolean> {
    if (this.probing) return !this.db.health.down;
    this.probing = true;
    try {
      const up = await this.db.probe(this.timeoutMs);
      this.failures = up ? 0 : this.failures + 1;
      if (up && this.db.health.down) {
        this.db.health.down = false;
        this.log.info('Neo4j answers again');
      } else if (!this.db.health.down && this.failures >= this.failuresToMarkDown) {
        this.db.health.down = true;
        this.log.warn(`Neo4j did not answer ${this.failures} reads within ${this.timeoutMs} ms: marked unavailable`);
      }
      return up;
    } finally {
      this.probing = false;
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
