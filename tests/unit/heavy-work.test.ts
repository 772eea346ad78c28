import { describe, expect, it } from 'vitest';
import { BusyError, HeavyWorkGate } from '../../src/neo4j/heavy-work.ts';

const later = () => {
  let release!: () => void;
  const done = new Promise<void>((r) => {
    release = r;
  });
  return { done, release };
};

describe('HeavyWorkGate', () => {
  it('runs up to max at once, queues up to queue, refuses the rest at once with a retry hint', async () => {
    const gate = new HeavyWorkGate({ max: 2, queue: 1, queueMs: 10_000 });
    const holds = [later(), later(), later()];
    const running = holds.map((h) => gate.run('export', () => h.done));
    expect(gate.running).toBe(2);
    expect(gate.queued).toBe(1);
    const refused = await gate.run('export', async () => 'ran').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BusyError);
    expect((refused as BusyError).retryAfterSeconds).toBe(10);
    holds[0]!.release();
    await running[0];
    // The queued one took the freed turn, first come first served.
    expect(gate.running).toBe(2);
    expect(gate.queued).toBe(0);
    holds[1]!.release();
    holds[2]!.release();
    await Promise.all(running);
    expect(gate.running).toBe(0);
  });

  it('refuses a queued request that waited longer than queueMs, and frees its turn after a failure', async () => {
    const gate = new HeavyWorkGate({ max: 1, queue: 5, queueMs: 50 });
    const hold = later();
    const first = gate.run('paths', () => hold.done);
    const waited = await gate.run('paths', async () => 'ran').catch((e: unknown) => e);
    expect(waited).toBeInstanceOf(BusyError);
    expect(gate.queued).toBe(0);
    hold.release();
    await first;
    await expect(gate.run('paths', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(gate.running).toBe(0);
    expect(await gate.run('paths', async () => 'ran')).toBe('ran');
  });
});

describe('one request at the gate', () => {
  it('takes one place at a time, however many heavy fields it has', async () => {
    const gate = new HeavyWorkGate({ max: 2, queue: 0, queueMs: 1000 });
    const request = gate.forOneRequest();
    const holds = [later(), later(), later()];
    const started: number[] = [];
    const fields = holds.map((h, i) =>
      request.run('stats', async () => {
        started.push(i);
        await h.done;
        return i;
      }),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(gate.running).toBe(1);
    // Another request still finds a free place.
    expect(await gate.run('other', async () => 'ran')).toBe('ran');
    for (const h of holds) h.release();
    expect(await Promise.all(fields)).toEqual([0, 1, 2]);
    expect(started).toEqual([0, 1, 2]);
  });
});
