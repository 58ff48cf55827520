import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUB } from './fixtures/subscriptions.js';
import { FakeArm, fakeSession } from './testing/fake-arm.js';
import { LOW_REMAINING_READS, TokenBucket } from './throttle.js';

const PRICINGS = /\/providers\/Microsoft\.Security\/pricings$/;

let fake: FakeArm;
beforeEach(async () => {
  fake = await new FakeArm().start();
});
afterEach(async () => {
  await fake.close();
});

describe('ARM throttling', () => {
  it('waits Retry-After after a 429, then the same call succeeds', async () => {
    let calls = 0;
    const times: number[] = [];
    fake.on('GET', PRICINGS, () => {
      times.push(Date.now());
      calls += 1;
      return calls === 1
        ? {
            status: 429,
            headers: { 'retry-after': '1' },
            body: {
              error: {
                code: 'SubscriptionRequestsThrottled',
                message: 'Number of read requests for subscription exceeded the limit.',
              },
            },
          }
        : { body: { value: [] } };
    });
    const clients = (await (await fakeSession(fake)).forAccount(SUB.prod)).clientsFor('global');

    expect(await clients.arm.defenderPricings()).toEqual([]);
    expect(fake.count(PRICINGS)).toBe(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });

  it('reads the remaining-reads header and slows the subscription’s bucket when it is low', async () => {
    fake.on('GET', PRICINGS, {
      headers: { 'x-ms-ratelimit-remaining-subscription-reads': String(LOW_REMAINING_READS - 1) },
      body: { value: [] },
    });
    const session = await fakeSession(fake);
    const clients = (await session.forAccount(SUB.prod)).clientsFor('global');
    await clients.arm.defenderPricings();

    const bucket = (
      session as unknown as { ctx: { throttle: { bucket(k: string, kind: string): TokenBucket } } }
    ).ctx.throttle.bucket(`access_token:${SUB.prod}`, 'arm');
    expect(bucket.rate).toBe(bucket.refillPerSecond / 10);
  });
});

describe('TokenBucket', () => {
  it('lets a burst of its capacity through, then waits for the refill', async () => {
    const bucket = new TokenBucket(3, 20);
    const started = Date.now();
    for (let i = 0; i < 4; i++) await bucket.take();
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  it('sends nothing while paused', async () => {
    const bucket = new TokenBucket(10, 10);
    bucket.pause(120);
    const started = Date.now();
    await bucket.take();
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });
});
