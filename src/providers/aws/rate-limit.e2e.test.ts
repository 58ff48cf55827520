import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeInstancesCommand, DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KeyedLimiter } from '../../lib/keyed-limiter.js';
import type { BucketClock } from '../../lib/token-bucket.js';
import { AwsClientPool } from './client-factory.js';
import { AwsRateLimiter } from './rate-limit.js';

/**
 * The pool's middleware run for real: SDK clients built by the pool send signed requests to a
 * loopback endpoint that answers as EC2 (query protocol, XML) and CloudWatch (JSON 1.0) do, throttling
 * included. Nothing is timed: the buckets run on a clock that only moves when told, whose waits are
 * recorded (and return at once, or when the test lets them).
 */

const DESCRIBE_INSTANCES = `<?xml version="1.0" encoding="UTF-8"?>
<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>8f7724cf-496f-496e-8fe3-example</requestId>
  <reservationSet>
    <item>
      <reservationId>r-1234567890abcdef0</reservationId>
      <ownerId>123456789012</ownerId>
      <groupSet/>
      <instancesSet>
        <item>
          <instanceId>i-1234567890abcdef0</instanceId>
          <imageId>ami-0abcdef1234567890</imageId>
          <instanceState><code>16</code><name>running</name></instanceState>
          <privateDnsName>ip-10-0-0-157.eu-west-1.compute.internal</privateDnsName>
          <instanceType>t3.micro</instanceType>
          <launchTime>2026-11-20T09:14:21.000Z</launchTime>
          <placement><availabilityZone>eu-west-1a</availabilityZone><tenancy>default</tenancy></placement>
          <monitoring><state>disabled</state></monitoring>
          <subnetId>subnet-04a636d18e83cfacb</subnetId>
          <vpcId>vpc-1234567890abcdef0</vpcId>
          <privateIpAddress>10.0.0.157</privateIpAddress>
          <architecture>x86_64</architecture>
          <rootDeviceType>ebs</rootDeviceType>
          <rootDeviceName>/dev/xvda</rootDeviceName>
        </item>
      </instancesSet>
    </item>
  </reservationSet>
</DescribeInstancesResponse>`;

const DESCRIBE_VOLUMES = `<?xml version="1.0" encoding="UTF-8"?>
<DescribeVolumesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>59dbff89-35bd-4eac-99ed-be587example</requestId>
  <volumeSet>
    <item>
      <volumeId>vol-1234567890abcdef0</volumeId>
      <size>8</size>
      <snapshotId>snap-1234567890abcdef0</snapshotId>
      <availabilityZone>eu-west-1a</availabilityZone>
      <status>in-use</status>
      <createTime>2026-11-20T09:14:21.000Z</createTime>
      <attachmentSet/>
      <volumeType>gp3</volumeType>
      <iops>3000</iops>
      <encrypted>true</encrypted>
    </item>
  </volumeSet>
</DescribeVolumesResponse>`;

/** EC2 answers a request over its API's rate with HTTP 503 and this body. */
const REQUEST_LIMIT_EXCEEDED = `<?xml version="1.0" encoding="UTF-8"?>
<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>`;

const METRIC_DATA = JSON.stringify({
  MetricDataResults: [
    {
      Id: 'cpu',
      Label: 'CPUUtilization',
      Timestamps: [1_764_748_800],
      Values: [12.5],
      StatusCode: 'Complete',
    },
  ],
  Messages: [],
});

/** The JSON protocols' throttling answer (HTTP 400). */
const THROTTLING_EXCEPTION = JSON.stringify({
  __type: 'com.amazon.coral.availability#ThrottlingException',
  message: 'Rate exceeded',
});

const ACCOUNT_A = '111111111111';
const ACCOUNT_B = '222222222222';

/** A clock that stands still; each wait is recorded, and returns at once unless the test holds it. */
function heldClock() {
  const slept: number[] = [];
  const held: (() => void)[] = [];
  let holding = false;
  const clock: BucketClock = {
    now: () => 0,
    sleep: (ms) => {
      slept.push(ms);
      if (!holding) return Promise.resolve();
      return new Promise<void>((resolve) => held.push(resolve));
    },
  };
  return {
    clock,
    slept,
    held,
    hold: () => {
      holding = true;
    },
    releaseAll: () => {
      holding = false;
      for (const resolve of held.splice(0)) resolve();
    },
  };
}

/** What the endpoint saw of one request. */
interface Seen {
  operation: string;
  region: string;
  answer: 'ok' | 'throttled';
}

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

describe('the pool’s token buckets, end to end through real SDK clients', () => {
  let server: Server;
  const seen: Seen[] = [];
  /** Per operation: how many of its next requests the endpoint throttles. */
  const throttle = new Map<string, number>();
  const previous = process.env.AWS_ENDPOINT_URL;

  beforeAll(async () => {
    server = createServer((req, res) => {
      void bodyOf(req).then((body) => {
        // The region is the credential scope of the SigV4 signature.
        const region =
          /Credential=[^/]+\/\d+\/([a-z0-9-]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? '?';
        const target = req.headers['x-amz-target'];
        const json = typeof target === 'string';
        const operation = json
          ? target.split('.').pop()!
          : (new URLSearchParams(body).get('Action') ?? '?');
        const left = throttle.get(operation) ?? 0;
        if (left > 0) {
          throttle.set(operation, left - 1);
          seen.push({ operation, region, answer: 'throttled' });
          res.statusCode = json ? 400 : 503;
          res.setHeader('content-type', json ? 'application/x-amz-json-1.0' : 'text/xml');
          res.end(json ? THROTTLING_EXCEPTION : REQUEST_LIMIT_EXCEEDED);
          return;
        }
        seen.push({ operation, region, answer: 'ok' });
        if (json) {
          res.setHeader('content-type', 'application/x-amz-json-1.0');
          res.end(METRIC_DATA);
          return;
        }
        res.setHeader('content-type', 'text/xml;charset=UTF-8');
        res.end(operation === 'DescribeVolumes' ? DESCRIBE_VOLUMES : DESCRIBE_INSTANCES);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    if (previous === undefined) delete process.env.AWS_ENDPOINT_URL;
    else process.env.AWS_ENDPOINT_URL = previous;
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    seen.length = 0;
    throttle.clear();
  });

  const credentials = async () => ({
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  });

  function poolFor(
    account: string,
    rates: AwsRateLimiter,
    extra: { maxAttempts?: number; limit?: KeyedLimiter } = {},
  ): AwsClientPool {
    const limiter = extra.limit;
    return new AwsClientPool(credentials, {
      maxAttempts: extra.maxAttempts ?? 4,
      observer: { onCall: () => {} },
      rates,
      account: () => account,
      ...(limiter ? { limit: (region, call) => limiter.run(`${account}:${region}`, call) } : {}),
    });
  }

  it('EC2 RequestLimitExceeded: the bucket halves its rate, the retry waits for a token at that rate, the call succeeds', async () => {
    const time = heldClock();
    const rates = new AwsRateLimiter({ clock: time.clock });
    const pool = poolFor(ACCOUNT_A, rates);
    try {
      throttle.set('DescribeInstances', 2);
      const answer = await pool
        .get(EC2Client, 'eu-west-1')
        .send(new DescribeInstancesCommand({ MaxResults: 1000 }));
      expect(answer.Reservations?.[0]?.Instances?.[0]?.InstanceId).toBe('i-1234567890abcdef0');
      expect(seen.map((s) => s.answer)).toEqual(['throttled', 'throttled', 'ok']);
      const bucket = rates.bucket(ACCOUNT_A, 'eu-west-1', 'ec2', 'DescribeInstances');
      expect(bucket.capacity).toBe(100);
      expect(bucket.throttles).toBe(2);
      expect(bucket.rate).toBe(5); // 20 a second, halved twice
      // First attempt from the full burst; after the first throttle the burst is gone and the
      // second attempt waits one token at 10 a second; after the second, two tokens at 5 a second.
      expect(time.slept).toEqual([100, 400]);
      // Recovery: ten successes raise the rate a quarter of the published one.
      for (let i = 0; i < 10; i += 1)
        await pool
          .get(EC2Client, 'eu-west-1')
          .send(new DescribeInstancesCommand({ MaxResults: 5 }));
      expect(bucket.rate).toBe(10);
    } finally {
      pool.close();
    }
  });

  it('CloudWatch ThrottlingException (JSON protocol): GetMetricData’s own bucket slows down, then the call succeeds', async () => {
    const time = heldClock();
    const rates = new AwsRateLimiter({ clock: time.clock });
    const pool = poolFor(ACCOUNT_A, rates);
    try {
      throttle.set('GetMetricData', 1);
      const answer = await pool.get(CloudWatchClient, 'eu-west-1').send(
        new GetMetricDataCommand({
          StartTime: new Date('2026-11-19T00:00:00Z'),
          EndTime: new Date('2026-12-03T00:00:00Z'),
          MetricDataQueries: [
            {
              Id: 'cpu',
              MetricStat: {
                Metric: {
                  Namespace: 'AWS/EC2',
                  MetricName: 'CPUUtilization',
                  Dimensions: [{ Name: 'InstanceId', Value: 'i-1234567890abcdef0' }],
                },
                Period: 1_209_600,
                Stat: 'Average',
              },
            },
          ],
        }),
      );
      expect(answer.MetricDataResults?.[0]?.Values).toEqual([12.5]);
      expect(seen.map((s) => `${s.operation} ${s.answer}`)).toEqual([
        'GetMetricData throttled',
        'GetMetricData ok',
      ]);
      const bucket = rates.bucket(ACCOUNT_A, 'eu-west-1', 'cloudwatch', 'GetMetricData');
      expect(bucket.maxRate).toBe(50);
      expect(bucket.throttles).toBe(1);
      expect(bucket.rate).toBe(25);
      expect(time.slept).toEqual([40]); // one token at 25 a second
      // Other CloudWatch APIs have buckets of their own, untouched.
      expect(rates.bucket(ACCOUNT_A, 'eu-west-1', 'cloudwatch', 'ListMetrics').throttles).toBe(0);
    } finally {
      pool.close();
    }
  });

  it('two regions of one account, and two accounts in one region, draw from separate buckets', async () => {
    const time = heldClock();
    const rates = new AwsRateLimiter({ clock: time.clock });
    const a = poolFor(ACCOUNT_A, rates);
    const b = poolFor(ACCOUNT_B, rates);
    try {
      throttle.set('DescribeInstances', 1);
      // Account A in eu-west-1 is throttled once…
      await a.get(EC2Client, 'eu-west-1').send(new DescribeInstancesCommand({ MaxResults: 5 }));
      // …A's us-east-1 and B's eu-west-1 are not slowed by it.
      await a.get(EC2Client, 'us-east-1').send(new DescribeInstancesCommand({ MaxResults: 5 }));
      await b.get(EC2Client, 'eu-west-1').send(new DescribeInstancesCommand({ MaxResults: 5 }));
      expect(seen.map((s) => `${s.region} ${s.answer}`)).toEqual([
        'eu-west-1 throttled',
        'eu-west-1 ok',
        'us-east-1 ok',
        'eu-west-1 ok',
      ]);
      const aEu = rates.bucket(ACCOUNT_A, 'eu-west-1', 'ec2', 'DescribeInstances');
      const aUs = rates.bucket(ACCOUNT_A, 'us-east-1', 'ec2', 'DescribeInstances');
      const bEu = rates.bucket(ACCOUNT_B, 'eu-west-1', 'ec2', 'DescribeInstances');
      expect(new Set([aEu, aUs, bEu]).size).toBe(3);
      expect([aEu.throttles, aUs.throttles, bEu.throttles]).toEqual([1, 0, 0]);
      expect([aEu.rate, aUs.rate, bEu.rate]).toEqual([10, 20, 20]);
      // One token each from full bursts (A eu-west-1: its second attempt waited after the throttle).
      expect([aUs.tokens, bEu.tokens]).toEqual([99, 99]);
      expect(rates.size).toBe(3);
    } finally {
      a.close();
      b.close();
    }
  });

  it('a call waiting for its token holds no slot of the region: an independent call goes first', async () => {
    const time = heldClock();
    // One token for DescribeInstances and a region limit of one request in flight.
    const rates = new AwsRateLimiter({
      clock: time.clock,
      rates: { ec2: { bucket: 'operation', default: { burst: 1, perSecond: 1 } } },
    });
    const pool = poolFor(ACCOUNT_A, rates, { limit: new KeyedLimiter(1) });
    const ec2 = pool.get(EC2Client, 'eu-west-1');
    try {
      await ec2.send(new DescribeInstancesCommand({ MaxResults: 5 })); // the burst
      time.hold();
      let waitingDone = false;
      const waiting = ec2.send(new DescribeInstancesCommand({ MaxResults: 5 })).then((answer) => {
        waitingDone = true;
        return answer;
      });
      while (time.held.length === 0) await new Promise((resolve) => setImmediate(resolve));
      // DescribeInstances waits for its token; DescribeVolumes (its own bucket) takes the region's
      // only slot and is answered meanwhile.
      const volumes = await ec2.send(new DescribeVolumesCommand({ MaxResults: 5 }));
      expect(volumes.Volumes?.[0]?.VolumeId).toBe('vol-1234567890abcdef0');
      expect(waitingDone).toBe(false);
      time.releaseAll();
      await waiting;
      expect(seen.map((s) => s.operation)).toEqual([
        'DescribeInstances',
        'DescribeVolumes',
        'DescribeInstances',
      ]);
      expect(time.slept).toEqual([1000]);
    } finally {
      time.releaseAll();
      pool.close();
    }
  });
});
