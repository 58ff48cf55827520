import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BucketClock } from '../../lib/token-bucket.js';
import { AwsClientPool } from './client-factory.js';
import { AWS_API_RATES, AwsRateLimiter, serviceOfClient } from './rate-limit.js';

/** Time that never passes on its own; waits return at once (nothing here is timed). */
const frozen: BucketClock = { now: () => 0, sleep: async () => {} };

const IDENTITY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/scanner</Arn><UserId>AIDAEXAMPLEUSERID</UserId><Account>123456789012</Account></GetCallerIdentityResult>
  <ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>`;

const THROTTLED = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error>
  <RequestId>1b2d3f4a-0000-4000-8000-00000000beef</RequestId>
</ErrorResponse>`;

describe('AwsRateLimiter', () => {
  it('gives each EC2 API of an account and region its own bucket at the published rate', () => {
    const limiter = new AwsRateLimiter({ clock: frozen });
    const instances = limiter.bucket('111111111111', 'eu-west-1', 'ec2', 'DescribeInstances');
    expect(instances.capacity).toBe(100);
    expect(instances.maxRate).toBe(20);
    expect(limiter.bucket('111111111111', 'eu-west-1', 'ec2', 'DescribeInstances')).toBe(instances);
    for (const other of [
      limiter.bucket('111111111111', 'eu-west-1', 'ec2', 'DescribeVolumes'),
      limiter.bucket('111111111111', 'us-east-1', 'ec2', 'DescribeInstances'),
      limiter.bucket('222222222222', 'eu-west-1', 'ec2', 'DescribeInstances'),
    ])
      expect(other).not.toBe(instances);
  });

  it('shares one bucket per account for a global service, whatever the region or operation', () => {
    const limiter = new AwsRateLimiter({ clock: frozen });
    const users = limiter.bucket('111111111111', 'us-east-1', 'iam', 'ListUsers');
    expect(limiter.bucket('111111111111', 'eu-west-1', 'iam', 'GetAccountSummary')).toBe(users);
    expect(users.maxRate).toBe(AWS_API_RATES.iam!.default.perSecond);
    // Route 53: five requests a second for the whole account, every action together.
    const zones = limiter.bucket('111111111111', 'us-east-1', 'route53', 'ListHostedZones');
    expect(limiter.bucket('111111111111', 'us-east-1', 'route53', 'GetDNSSEC')).toBe(zones);
    expect(zones.maxRate).toBe(5);
  });

  it('takes an operation’s own rate where the service publishes one (GetMetricData 50 TPS)', () => {
    const limiter = new AwsRateLimiter({ clock: frozen });
    expect(limiter.bucket('1', 'eu-west-1', 'cloudwatch', 'GetMetricData').maxRate).toBe(50);
    expect(limiter.bucket('1', 'eu-west-1', 'cloudwatch', 'ListMetrics').maxRate).toBe(25);
    // The tagging client's GetResources: 15 calls a second, the SDK client name giving the key.
    const tagging = serviceOfClient('ResourceGroupsTaggingAPIClient');
    expect(limiter.bucket('1', 'eu-west-1', tagging, 'GetResources').maxRate).toBe(15);
    // A service with no entry still gets a bucket per API.
    const unknown = limiter.bucket('1', 'eu-west-1', 'kafka', 'ListClusters');
    expect(unknown.maxRate).toBeGreaterThan(0);
    expect(limiter.bucket('1', 'eu-west-1', 'kafka', 'ListNodes')).not.toBe(unknown);
  });

  it('gives each S3 bucket its own bucket at the per-prefix GET rate, whatever the region', () => {
    const limiter = new AwsRateLimiter({ clock: frozen });
    const logs = limiter.bucket('1', 'eu-west-1', 's3', 'GetBucketPolicy', { Bucket: 'logs' });
    expect(logs.maxRate).toBe(5_500);
    expect(limiter.bucket('1', 'us-east-1', 's3', 'GetBucketAcl', { Bucket: 'logs' })).toBe(logs);
    expect(limiter.bucket('1', 'eu-west-1', 's3', 'GetBucketPolicy', { Bucket: 'web' })).not.toBe(
      logs,
    );
    // A call that names no bucket draws from the account's own, at a control-plane rate.
    const list = limiter.bucket('1', 'eu-west-1', 's3', 'ListBuckets', {});
    expect(list).not.toBe(logs);
    expect(list.maxRate).toBe(AWS_API_RATES.s3!.withoutResource!.perSecond);
  });

  it('Lambda: GetFunction and GetPolicy have their own quotas, the other control-plane reads share one', () => {
    const limiter = new AwsRateLimiter({ clock: frozen });
    const list = limiter.bucket('1', 'eu-west-1', 'lambda', 'ListFunctions');
    expect(limiter.bucket('1', 'eu-west-1', 'lambda', 'ListEventSourceMappings')).toBe(list);
    expect(list.maxRate).toBe(15);
    const get = limiter.bucket('1', 'eu-west-1', 'lambda', 'GetFunction');
    expect(get.maxRate).toBe(100);
    expect(limiter.bucket('1', 'eu-west-1', 'lambda', 'GetPolicy')).not.toBe(list);
  });

  it('drops idle buckets once it holds many, and keeps the slowed and the busy ones', () => {
    const limiter = new AwsRateLimiter({ clock: frozen });
    const slowed = limiter.bucket('1', 'eu-west-1', 'ec2', 'DescribeInstances');
    slowed.reserve();
    slowed.throttled();
    const busy = limiter.bucket('1', 'eu-west-1', 'ec2', 'DescribeVolumes');
    busy.reserve();
    // S3 buckets scanned once each: their token buckets are full again (the clock stands still,
    // so they are left untouched instead).
    for (let i = 0; i < 1_100; i += 1)
      limiter.bucket('1', 'eu-west-1', 's3', 'GetBucketAcl', { Bucket: `b${i}` });
    expect(limiter.size).toBeLessThan(1_100);
    expect(limiter.bucket('1', 'eu-west-1', 'ec2', 'DescribeInstances')).toBe(slowed);
    expect(limiter.bucket('1', 'eu-west-1', 'ec2', 'DescribeVolumes')).toBe(busy);
    expect(slowed.rate).toBe(10);
  });

  it('names services as the clients do', () => {
    expect(serviceOfClient('CloudWatchClient')).toBe('cloudwatch');
    expect(serviceOfClient('S3ControlClient')).toBe('s3control');
  });
});

describe('the client pool draws every attempt from its bucket', () => {
  let server: Server;
  /** Requests the endpoint answers with Throttling before it answers the identity. */
  let throttleNext = 0;
  let requests = 0;
  const previous = { endpoint: process.env.AWS_ENDPOINT_URL };

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      requests += 1;
      res.setHeader('content-type', 'text/xml');
      if (throttleNext > 0) {
        throttleNext -= 1;
        res.statusCode = 400;
        res.end(THROTTLED);
        return;
      }
      res.end(IDENTITY);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    if (previous.endpoint === undefined) delete process.env.AWS_ENDPOINT_URL;
    else process.env.AWS_ENDPOINT_URL = previous.endpoint;
    await new Promise((resolve) => server.close(resolve));
  });

  const credentials = async () => ({
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  });

  it('halves the bucket’s rate on each throttled attempt and takes a token for every retry', async () => {
    const rates = new AwsRateLimiter({ clock: frozen });
    const pool = new AwsClientPool(credentials, {
      maxAttempts: 3,
      observer: { onCall: () => {} },
      rates,
      account: () => '123456789012',
    });
    try {
      throttleNext = 2;
      requests = 0;
      const bucket = rates.bucket('123456789012', 'eu-west-1', 'sts', 'GetCallerIdentity');
      const answer = await pool.get(STSClient, 'eu-west-1').send(new GetCallerIdentityCommand({}));
      expect(answer.Account).toBe('123456789012');
      expect(requests).toBe(3);
      expect(bucket.throttles).toBe(2);
      expect(bucket.rate).toBe(bucket.maxRate / 4);
      // Three attempts, three tokens: the burst is spent by that many (and was dropped on throttling).
      expect(bucket.tokens).toBeLessThan(0);
    } finally {
      pool.close();
    }
  });

  it('a call throttled on every attempt fails as throttled, its bucket slowed down', async () => {
    const rates = new AwsRateLimiter({ clock: frozen });
    const pool = new AwsClientPool(credentials, {
      maxAttempts: 2,
      observer: { onCall: () => {} },
      rates,
      account: () => '123456789012',
    });
    try {
      throttleNext = 2;
      await expect(
        pool.get(STSClient, 'us-east-1').send(new GetCallerIdentityCommand({})),
      ).rejects.toMatchObject({ name: 'Throttling' });
      const bucket = rates.bucket('123456789012', 'us-east-1', 'sts', 'GetCallerIdentity');
      expect(bucket.throttles).toBe(2);
    } finally {
      pool.close();
    }
  });

  it('keys on the account the credentials carry (an assumed role) when none is given', async () => {
    const rates = new AwsRateLimiter({ clock: frozen });
    const pool = new AwsClientPool(
      async () => ({ ...(await credentials()), accountId: '210987654321' }),
      { maxAttempts: 1, observer: { onCall: () => {} }, rates },
    );
    try {
      throttleNext = 0;
      await pool.get(STSClient, 'eu-west-1').send(new GetCallerIdentityCommand({}));
      expect(rates.size).toBe(1);
      expect(rates.bucket('210987654321', 'eu-west-1', 'sts', 'GetCallerIdentity').tokens).toBe(
        AWS_API_RATES.sts!.default.burst - 1,
      );
    } finally {
      pool.close();
    }
  });

  it('learns its account from its own identity call and keys later calls on it', async () => {
    const rates = new AwsRateLimiter({ clock: frozen });
    const pool = new AwsClientPool(credentials, {
      maxAttempts: 1,
      observer: { onCall: () => {} },
      rates,
    });
    try {
      throttleNext = 0;
      const sts = pool.get(STSClient, 'eu-west-1');
      await sts.send(new GetCallerIdentityCommand({}));
      expect(rates.size).toBe(1);
      const account = rates.bucket('123456789012', 'eu-west-1', 'sts', 'GetCallerIdentity');
      const before = account.tokens;
      await sts.send(new GetCallerIdentityCommand({}));
      expect(rates.size).toBe(2);
      expect(account.tokens).toBe(before - 1);
    } finally {
      pool.close();
    }
  });
});
