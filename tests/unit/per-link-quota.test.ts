import { describe, expect, it } from 'vitest';
import { perLinkQuota } from '../../src/graph/exploration-repository.ts';

const drawn = (counts: number[], quota: number) => counts.reduce((n, c) => n + Math.min(c, quota), 0);

describe('perLinkQuota', () => {
  it('gives every claim when all fit', () => {
    expect(perLinkQuota([3, 1, 7], 100)).toBe(7);
  });

  it('is the largest quota whose claims fit the total: small links whole, big ones cut evenly', () => {
    const counts = [1, 2, 50, 400, 9000, 3];
    const quota = perLinkQuota(counts, 1000);
    expect(drawn(counts, quota)).toBeLessThanOrEqual(1000);
    expect(drawn(counts, quota + 1)).toBeGreaterThan(1000);
  });

  it('never gives less than one claim per link', () => {
    const tenEach = Array.from({ length: 50 }, () => 10);
    expect(perLinkQuota(tenEach, 20)).toBe(1);
    expect(perLinkQuota([], 20)).toBe(1);
  });
});
