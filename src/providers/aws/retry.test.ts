import type { RetryErrorInfo, StandardRetryToken } from '@smithy/types';
import { StandardRetryStrategy } from '@smithy/util-retry';
import { describe, expect, it } from 'vitest';
import { ScanRetryStrategy } from './retry.js';

const THROTTLING: RetryErrorInfo = { errorType: 'THROTTLING' };
const TRANSIENT: RetryErrorInfo = { errorType: 'TRANSIENT' };

/** Retries one call until the strategy refuses; the delays it asked for. */
async function retryUntilRefused(
  strategy: ScanRetryStrategy,
  info: RetryErrorInfo,
): Promise<number[]> {
  let token: StandardRetryToken = await strategy.acquireInitialRetryToken();
  const delays: number[] = [];
  for (;;) {
    try {
      token = (await strategy.refreshRetryTokenForRetry(token, info)) as StandardRetryToken;
      delays.push(token.getRetryDelay());
    } catch {
      return delays;
    }
  }
}

describe('ScanRetryStrategy', () => {
  it('retries throttling up to maxAttempts, backing off from 1 s, doubling, at most 20 s', async () => {
    const delays = await retryUntilRefused(new ScanRetryStrategy(8, () => 0.999_999), THROTTLING);
    // 8 attempts: 7 retries, each waiting up to 1, 2, 4, 8, 16, then 20 s (full jitter).
    expect(delays).toEqual([999, 1_999, 3_999, 7_999, 15_999, 19_999, 19_999]);
    const none = await retryUntilRefused(new ScanRetryStrategy(8, () => 0), THROTTLING);
    expect(none).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('never runs out of retries for throttling, however many calls are throttled at once', async () => {
    // 104 reads in flight (8 S3 buckets × 13), each throttled 3 times before it goes through: the
    // SDK's quota (500, 5 a throttled retry) refuses after 100 retries.
    const strategy = new ScanRetryStrategy(8, () => 0);
    const calls = await Promise.all(
      Array.from({ length: 104 }, () => strategy.acquireInitialRetryToken()),
    );
    let tokens: StandardRetryToken[] = calls;
    for (let round = 0; round < 3; round += 1) {
      tokens = (await Promise.all(
        tokens.map((t) => strategy.refreshRetryTokenForRetry(t, THROTTLING)),
      )) as StandardRetryToken[];
    }
    expect(tokens.map((t) => t.getRetryCount())).toEqual(new Array<number>(104).fill(3));
    expect(strategy.capacity).toBe(500);
  });

  it('(the SDK’s standard strategy, for comparison, refuses some of them their first retry)', async () => {
    const sdk = new StandardRetryStrategy(8);
    const tokens = await Promise.all(
      Array.from({ length: 104 }, () => sdk.acquireInitialRetryToken('')),
    );
    const retried = await Promise.allSettled(
      tokens.map((t) => sdk.refreshRetryTokenForRetry(t, THROTTLING)),
    );
    expect(retried.filter((r) => r.status === 'rejected').length).toBeGreaterThan(0);
  });

  it('keeps the quota for transient failures: a service that is down is not hammered', async () => {
    const strategy = new ScanRetryStrategy(8, () => 0);
    let refusedAfter = 0;
    for (let call = 0; call < 100 && strategy.capacity >= 14; call += 1)
      refusedAfter += (await retryUntilRefused(strategy, TRANSIENT)).length;
    // 500 / 14 a retry: 35 retries, then none until calls succeed again.
    expect(refusedAfter).toBe(35);
    expect(await retryUntilRefused(strategy, TRANSIENT)).toEqual([]);
    const token = await strategy.acquireInitialRetryToken();
    strategy.recordSuccess(token);
    expect(strategy.capacity).toBe(500 - 35 * 14 + 1);
  });

  it('gives back a transient retry’s cost when its call then succeeds', async () => {
    const strategy = new ScanRetryStrategy(8, () => 0);
    const first = await strategy.acquireInitialRetryToken();
    const retried = await strategy.refreshRetryTokenForRetry(first, TRANSIENT);
    expect(strategy.capacity).toBe(486);
    strategy.recordSuccess(retried as StandardRetryToken);
    expect(strategy.capacity).toBe(500);
  });

  it('does not retry a client error, and waits for Retry-After up to 5 s past its own back-off', async () => {
    const strategy = new ScanRetryStrategy(8, () => 0);
    const token = await strategy.acquireInitialRetryToken();
    await expect(
      strategy.refreshRetryTokenForRetry(token, { errorType: 'CLIENT_ERROR' }),
    ).rejects.toThrow('No retry token available');
    const later = (await strategy.refreshRetryTokenForRetry(token, {
      errorType: 'THROTTLING',
      retryAfterHint: new Date(Date.now() + 60_000),
    })) as StandardRetryToken;
    expect(later.getRetryDelay()).toBe(5_000);
  });
});
