/**
 * Raised when heavy work (an export, a deep neighbourhood, a long path search, a whole-graph statistic) cannot
 * start because the process already runs as much as it allows and the queue is full or was waited on too long.
 * Transports answer 429 / RESOURCE_EXHAUSTED with `retryAfterSeconds`.
 */
export class BusyError extends Error {
  constructor(
    readonly what: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`Too many heavy requests at once (${what}): retry in ${retryAfterSeconds} s`);
    this.name = 'BusyError';
  }
}

export interface HeavyWorkLimits {
  /** Heavy requests running at once in this process. */
  max: number;
  /** Heavy requests allowed to wait for a turn; more are refused at once. */
  queue: number;
  /** How long one may wait before it is refused. */
  queueMs: number;
}

/** What code that does heavy work needs: a turn. */
export interface HeavyWork {
  run<T>(what: string, work: () => Promise<T>): Promise<T>;
}

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

/**
 * One gate per process for work whose memory or time on Neo4j grows with the graph: a few run, a few wait
 * (first come, first served), the rest are refused at once. Load then produces errors the client can retry,
 * never a database that runs out of memory. The counts are visible for logs and tests.
 */
export class HeavyWorkGate implements HeavyWork {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly limits: HeavyWorkLimits) {}

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(what: string, work: () => Promise<T>): Promise<T> {
    await this.acquire(what);
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /**
   * One request's view of the gate: its heavy fields take their turns one after another, so a request with ten
   * aliased heavy fields holds one place at a time and cannot fill the gate and its queue by itself.
   */
  forOneRequest(): HeavyWork {
    let previous: Promise<unknown> = Promise.resolve();
    return {
      run: <T>(what: string, work: () => Promise<T>) => {
        const turn = previous.then(
          () => this.run(what, work),
          () => this.run(what, work),
        );
        previous = turn.catch(() => undefined);
        return turn;
      },
    };
  }

  private retryAfter(): number {
    return Math.max(1, Math.ceil(this.limits.queueMs / 1000));
  }

  private acquire(what: string): Promise<void> {
    if (this.active < this.limits.max) {
      this.active++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queue) return Promise.reject(new BusyError(what, this.retryAfter()));
    return new Promise<void>((resolveTurn, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          this.active++;
          resolveTurn();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new BusyError(what, this.retryAfter()));
        }, this.limits.queueMs),
      };
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.start();
  }
}
