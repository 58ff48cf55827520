import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  postgresUnavailable,
  testDatabaseUrl,
  uniqueSchema,
} from '../../storage/postgres/test-database.js';
import { describeQueueConformance } from '../queue.conformance.js';
import {
  BullMqQueue,
  redisClientUnavailable,
  redisConnectionOptions,
  type BullMqBackend,
  type BullMqQueueOptions,
} from './bullmq-queue.js';
import { redisUnavailable, testRedisUrl } from './test-redis.js';

const redisUrl = testRedisUrl();
const redisSkip = redisClientUnavailable() ?? (await redisUnavailable(redisUrl));
if (redisSkip) console.warn(`BullMQ on Redis tests are skipped: ${redisSkip}`);

const databaseUrl = testDatabaseUrl();
const postgresSkip = await postgresUnavailable(databaseUrl);
if (postgresSkip) console.warn(`BullMQ on PostgreSQL tests are skipped: ${postgresSkip}`);

const fast: Omit<BullMqQueueOptions, 'backend'> = {
  maxAttempts: 3,
  backoffMs: 20,
  lockDurationMs: 1_000,
  stalledIntervalMs: 300,
  closeGraceMs: 2_000,
  reapIntervalMs: 200,
};

const schemas: string[] = [];
const backends: Record<'redis' | 'postgres', () => BullMqBackend> = {
  // A prefix per queue: runs (and tests) never see each other's keys.
  redis: () => ({
    kind: 'redis',
    url: redisUrl,
    prefix: `cdz-test-${randomBytes(6).toString('hex')}`,
  }),
  postgres: () => {
    const schema = uniqueSchema('queue');
    schemas.push(schema);
    return { kind: 'postgres', url: databaseUrl, schema };
  },
};

afterAll(async () => {
  if (postgresSkip || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

for (const kind of ['redis', 'postgres'] as const) {
  const skip = kind === 'redis' ? redisSkip : postgresSkip;
  describe.skipIf(skip !== null)(`BullMQ on ${kind}`, () => {
    async function open(
      options: Omit<BullMqQueueOptions, 'backend'> = {},
      backend = backends[kind](),
    ) {
      const queue = new BullMqQueue({ ...fast, ...options, backend });
      await queue.ready();
      return queue;
    }

    describeQueueConformance(`BullMQ (${kind})`, () => open(), {
      maxAttempts: 3,
      timeoutMs: 10_000,
    });
  });
}

describe('Redis URL', () => {
  it('reads host, port, credentials, database and TLS from the URL', () => {
    expect(redisConnectionOptions('redis://127.0.0.1:6380/2')).toEqual({
      host: '127.0.0.1',
      port: 6380,
      db: 2,
    });
    expect(redisConnectionOptions('rediss://user:p%40ss@cache.internal')).toEqual({
      host: 'cache.internal',
      port: 6379,
      username: 'user',
      password: 'p@ss',
      tls: {},
    });
  });

  it('refuses a URL that is not a Redis URL', () => {
    expect(() => redisConnectionOptions('http://127.0.0.1:6379')).toThrow(/redis:\/\//);
    expect(() => redisConnectionOptions('redis://127.0.0.1:6379/cache')).toThrow(/number/);
  });
});
