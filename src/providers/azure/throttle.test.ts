import { getEventListeners } from 'node:events';
import {
  createHttpHeaders,
  createPipelineRequest,
  type PipelineRequest,
} from '@azure/core-rest-pipeline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUB } from './fixtures/subscriptions.js';
import { keysPages, secretsPage } from './services/keyvault/fixtures/rows.js';
import { FakeArm, fakeSession } from './testing/fake-arm.js';
import {
  ARM_READ_BUCKET,
  KEY_VAULT_BUCKET,
  KEY_VAULT_SUBSCRIPTION_BUCKET,
  keyVaultThrottlePolicy,
  LOW_REMAINING_READS,
  sleep,
  ThrottleRegistry,
  TokenBucket,
  vaultBucketKey,
} from './throttle.js';

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

describe('sleep', () => {
  it('leaves no abort listener on the signal after its timers fire', async () => {
    const controller = new AbortController();
    for (let i = 0; i < 20; i++) await sleep(1, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('leaves none after a bucket’s waits either (the unit’s one signal, many takes)', async () => {
    const controller = new AbortController();
    const bucket = new TokenBucket(1, 1000);
    for (let i = 0; i < 15; i++) await bucket.take(controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects with the signal’s reason on abort, its timer cleared and its listener gone', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error('unit timed out'));
    await expect(waiting).rejects.toThrow('unit timed out');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects at once on a signal already aborted, adding no listener', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(sleep(60_000, controller.signal)).rejects.toThrow('cancelled');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('Key Vault data-plane buckets', () => {
  it('keys a bucket by the vault: its host (default port dropped), or its path on an emulator', () => {
    expect(vaultBucketKey('https://kv-prod-app.vault.azure.net/keys?api-version=7.4')).toBe(
      'kv-prod-app.vault.azure.net',
    );
    // Key Vault's nextLinks name the port; the same vault, the same bucket.
    expect(
      vaultBucketKey(
        'https://KV-prod-app.vault.azure.net:443/secrets?api-version=7.4&$skiptoken=abc&maxresults=25',
      ),
    ).toBe('kv-prod-app.vault.azure.net');
    expect(
      vaultBucketKey(
        'https://kv-prod-app.vault.azure.net/keys/keys/rotationpolicy?api-version=7.4',
      ),
    ).toBe('kv-prod-app.vault.azure.net');
    expect(vaultBucketKey('https://kv-cn.vault.azure.cn/secrets')).toBe('kv-cn.vault.azure.cn');
    expect(vaultBucketKey('http://127.0.0.1:8443/vaults/kv1/keys?api-version=7.4')).toBe(
      '127.0.0.1:8443/vaults/kv1',
    );
    expect(vaultBucketKey('http://127.0.0.1:8443/vaults/kv2/secrets')).toBe(
      '127.0.0.1:8443/vaults/kv2',
    );
  });

  it('gives each vault its own bucket at Key Vault’s rates, never an ARM bucket, and pauses only the throttled vault', async () => {
    const registry = new ThrottleRegistry();
    const policy = keyVaultThrottlePolicy(registry, 'principal', SUB.prod);
    const send = (url: string, status: number, headers: Record<string, string> = {}) =>
      policy.sendRequest(createPipelineRequest({ url }), (request: PipelineRequest) =>
        Promise.resolve({ request, status, headers: createHttpHeaders(headers) }),
      );
    await send('https://kv-a.vault.azure.net/keys?api-version=7.4', 429, { 'retry-after': '7' });
    await send('https://kv-b.vault.azure.net/keys?api-version=7.4', 200);

    const a = registry.bucket('principal:keyvault:kv-a.vault.azure.net', 'keyvault');
    const b = registry.bucket('principal:keyvault:kv-b.vault.azure.net', 'keyvault');
    expect([a.capacity, a.refillPerSecond]).toEqual([
      KEY_VAULT_BUCKET.capacity,
      KEY_VAULT_BUCKET.refillPerSecond,
    ]);
    // No 10-second window above the published 4,000 transactions per vault.
    expect(KEY_VAULT_BUCKET.capacity + 10 * KEY_VAULT_BUCKET.refillPerSecond).toBe(4000);
    expect(a.pausedUntil).toBeGreaterThan(Date.now() + 6000);
    expect(b.pausedUntil).toBe(0);
    const subscription = registry.bucket(
      `principal:keyvault-subscription:${SUB.prod}`,
      'keyvaultSubscription',
    );
    expect(subscription.capacity).toBe(KEY_VAULT_SUBSCRIPTION_BUCKET.capacity);
    // The tenant's ARM bucket was never drawn from: still its full burst, unpaused.
    const arm = registry.bucket('principal:tenant', 'arm');
    expect(arm.capacity).toBe(ARM_READ_BUCKET.capacity);
    expect(arm.pausedUntil).toBe(0);
    const started = Date.now();
    for (let i = 0; i < ARM_READ_BUCKET.capacity; i++) await arm.take();
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('lists two vaults apart: one throttled (429, Retry-After) does not hold the other', async () => {
    const vaultA = `${fake.url}/vaults/kv-a/`;
    const vaultB = `${fake.url}/vaults/kv-b/`;
    let aCalls = 0;
    fake.on('GET', /^\/vaults\/kv-a\/keys$/, () => {
      aCalls += 1;
      return aCalls === 1
        ? {
            status: 429,
            headers: { 'retry-after': '1' },
            body: {
              error: {
                code: 'Throttled',
                message: 'Request was not processed because too many requests were received.',
              },
            },
          }
        : { body: keysPages(vaultA).page2 };
    });
    fake.on('GET', /^\/vaults\/kv-b\/secrets$/, { body: secretsPage(vaultB) });
    const clients = (await (await fakeSession(fake)).forAccount(SUB.prod)).clientsFor('global');

    const aStarted = Date.now();
    const aListing = clients.vault
      .keys(vaultA)
      .then((keys) => ({ keys, ms: Date.now() - aStarted }));
    while (aCalls === 0) await sleep(5);
    await sleep(20); // the 429 is in: kv-a's bucket is paused
    const bStarted = Date.now();
    const secrets = await clients.vault.secrets(vaultB);
    const bMs = Date.now() - bStarted;
    const a = await aListing;

    expect(secrets).toHaveLength(secretsPage(vaultB).value.length);
    expect(bMs).toBeLessThan(500);
    expect(a.keys).toHaveLength(2);
    expect(a.ms).toBeGreaterThanOrEqual(950);
    expect(fake.count(/^\/vaults\/kv-a\/keys$/)).toBe(2);
  });
});
