import { describe, expect, it } from 'vitest';
import { TokenBucket, type BucketClock } from './token-bucket.js';

/** A clock that moves only when told; `sleep` records the wait and returns at once. */
function fakeClock(): BucketClock & { advance(ms: number): void; slept: number[] } {
  let now = 1_000;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
    },
    advance: (ms) => {
      now += ms;
    },
    slept,
  };
}

describe('TokenBucket', () => {
  it('lets the burst through at once, then spaces calls at the refill rate', () => {
    const clock = fakeClock();
    // EC2's Describe* limits: a burst of 100, 20 a second after it.
    const bucket = new TokenBucket({ capacity: 100, refillPerSecond: 20, clock });
    const waits = Array.from({ length: 104 }, () => bucket.reserve());
    expect(waits.slice(0, 100).every((w) => w === 0)).toBe(true);
    expect(waits.slice(100)).toEqual([50, 100, 150, 200]);
  });

  it('refills with time, never above its capacity', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ capacity: 10, refillPerSecond: 5, clock });
    for (let i = 0; i < 10; i += 1) bucket.reserve();
    expect(bucket.tokens).toBe(0);
    clock.advance(1_000);
    expect(bucket.tokens).toBe(5);
    clock.advance(60_000);
    expect(bucket.tokens).toBe(10);
  });

  it('take() waits once for the reserved token, in the order callers asked', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 10, clock });
    await bucket.take();
    expect(clock.slept).toEqual([]);
    // Asked at the same instant: the second caller's token comes in 100 ms, the third's after it.
    await Promise.all([bucket.take(), bucket.take()]);
    expect(clock.slept).toEqual([100, 200]);
  });

  it('halves its rate on throttling, drops the burst left, and recovers step by step', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({
      capacity: 100,
      refillPerSecond: 20,
      recoverAfter: 5,
      clock,
    });
    bucket.reserve();
    bucket.throttled();
    expect(bucket.rate).toBe(10);
    expect(bucket.tokens).toBe(0);
    expect(bucket.reserve()).toBe(100); // one token at 10 a second
    bucket.throttled();
    expect(bucket.rate).toBe(5);
    for (let i = 0; i < 4; i += 1) bucket.succeeded();
    expect(bucket.rate).toBe(5);
    bucket.succeeded();
    expect(bucket.rate).toBe(10);
    for (let i = 0; i < 50; i += 1) bucket.succeeded();
    expect(bucket.rate).toBe(20);
    expect(bucket.throttles).toBe(2);
  });

  it('never slows below its floor, however often it is throttled', () => {
    const bucket = new TokenBucket({
      capacity: 20,
      refillPerSecond: 20,
      minRefillPerSecond: 1,
      clock: fakeClock(),
    });
    for (let i = 0; i < 30; i += 1) bucket.throttled();
    expect(bucket.rate).toBe(1);
  });

  it('a success between throttles restarts the count to recovery', () => {
    const bucket = new TokenBucket({
      capacity: 10,
      refillPerSecond: 8,
      recoverAfter: 3,
      clock: fakeClock(),
    });
    bucket.throttled();
    bucket.succeeded();
    bucket.succeeded();
    bucket.throttled();
    bucket.succeeded();
    bucket.succeeded();
    expect(bucket.rate).toBe(2);
    bucket.succeeded();
    expect(bucket.rate).toBe(4);
  });

  it('is idle only when full, at its configured rate and with no call outstanding', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 2, clock });
    expect(bucket.idle).toBe(true);
    bucket.reserve();
    clock.advance(10_000);
    expect(bucket.idle).toBe(false); // full again, but its call has not answered
    bucket.released();
    expect(bucket.idle).toBe(true);
    bucket.reserve();
    bucket.throttled();
    clock.advance(10_000);
    expect(bucket.idle).toBe(false); // slowed down
    for (let i = 0; i < 40; i += 1) bucket.succeeded();
    expect(bucket.idle).toBe(true);
  });

  it('refuses a capacity below one or a rate that is not positive', () => {
    expect(() => new TokenBucket({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => new TokenBucket({ capacity: 1, refillPerSecond: 0 })).toThrow(RangeError);
  });
});
