import { describe, expect, it } from 'vitest';
import { KeyedLimiter } from './keyed-limiter.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedLimiter', () => {
  it('runs at most `concurrency` tasks of one key at once, and other keys alongside', async () => {
    const limiter = new KeyedLimiter(2);
    const inFlight = new Map<string, number>();
    const peak = new Map<string, number>();
    const task = (key: string) =>
      limiter.run(key, async () => {
        inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
        peak.set(key, Math.max(peak.get(key) ?? 0, inFlight.get(key)!));
        await tick(10);
        inFlight.set(key, inFlight.get(key)! - 1);
        return key;
      });
    const results = await Promise.all([
      ...Array.from({ length: 6 }, () => task('111111111111:eu-west-1')),
      ...Array.from({ length: 3 }, () => task('111111111111:us-east-1')),
    ]);
    expect(results).toHaveLength(9);
    expect(peak.get('111111111111:eu-west-1')).toBe(2);
    expect(peak.get('111111111111:us-east-1')).toBe(2);
  });

  it('passes a failing task’s error on and frees its slot', async () => {
    const limiter = new KeyedLimiter(1);
    await expect(
      limiter.run('a', async () => {
        throw new Error('Throttling');
      }),
    ).rejects.toThrow('Throttling');
    expect(await limiter.run('a', async () => 'next')).toBe('next');
    expect(limiter.keys).toBe(0);
  });

  it('refuses a concurrency below one', () => {
    expect(() => new KeyedLimiter(0)).toThrow(RangeError);
  });
});
