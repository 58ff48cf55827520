import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  CreateVolumeCommand,
  CreateVpcCommand,
  CreateSubnetCommand,
  DescribeImagesCommand,
  EC2Client,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { CreateRoleCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import {
  CreateBucketCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config/config.js';
import {
  TERMINAL_SCAN_STATUSES,
  type CbpEvent,
  type Scan,
  type ScanUnit,
} from '../../src/core/index.js';
import { motoSuiteSkip, startMoto, useEndpoint, type MotoServer } from '../support/moto.js';
import {
  startThrottlingProxy,
  THIRTY_PERCENT,
  THIRTY_PERCENT_IN_RUNS,
  type AwsProtocol,
} from '../support/throttling-proxy.js';

/**
 * The scan through the product against a small moto account, behind a proxy that answers 30 % of
 * each protocol's requests with throttling in that protocol's own error shape (EC2's
 * RequestLimitExceeded, the query APIs' Throttling, S3's SlowDown, the JSON APIs'
 * ThrottlingException / RequestThrottled, Lambda's 429 TooManyRequestsException): the user sees
 * the same scan as without it. Then one API that answers a load balancer's HTML 502 beyond the
 * retry budget: its unit fails on one readable line, the others go on.
 */

const skipReason = motoSuiteSkip('Throttling');

const REGION = 'eu-west-1';
const SERVICES = ['ec2', 'vpc', 's3', 'iam', 'rds', 'dynamodb', 'sqs', 'lambda', 'kms'];
/** The protocols the scan of SERVICES speaks, each of which must see its share of throttling. */
const PROTOCOLS: AwsProtocol[] = [
  'ec2Query', // EC2, VPC
  'awsQuery', // IAM, RDS, STS
  'restXml', // S3, S3 Control
  'awsJson1_0', // DynamoDB, SQS, CloudWatch
  'awsJson1_1', // KMS
  'restJson1', // Lambda
];
const THROTTLING_CODES =
  /SlowDown|RequestLimitExceeded|Throttl|TooManyRequests|ProvisionedThroughputExceeded/;
/**
 * `THROTTLING_MOTO_STRESS=1`: 150 more buckets and the throttling in runs, about 2,600 S3 requests
 * (some 70 s more). With the SDK's own retry quota, 701 per-bucket reads of 127 buckets ended as
 * `SlowDown` errors there, in a unit that said SUCCEEDED; none do with ScanRetryStrategy.
 */
const STRESS = process.env.THROTTLING_MOTO_STRESS === '1';
/**
 * Enough buckets that the S3 unit has its per-bucket reads of several buckets in flight at once
 * (BUCKET_CONCURRENCY of them, each up to 13 reads), all on the region's one S3 client.
 */
const BULK_BUCKETS = Array.from(
  { length: STRESS ? 150 : 24 },
  (_, i) => `acme-bulk-${String(i).padStart(3, '0')}`,
);
const TIME_OUT_MS = STRESS ? 300_000 : 60_000;
/** The smallest valid zip archive (an empty one): moto stores the code without running it. */
const EMPTY_ZIP = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

interface ScanOutcome {
  scan: Scan;
  events: CbpEvent[];
  units: ScanUnit[];
}

/**
 * What a user compares between two scans: each fact, without its time or ids. moto builds the URLs
 * it answers (SQS's QueueUrl) from the endpoint called: that one is named `ENDPOINT`.
 */
function facts(events: CbpEvent[], endpoint?: string): string[] {
  return events
    .map((e) => `${e.metric_type} ${e.resource_id} ${JSON.stringify(e.metric_value)}`)
    .map((f) => (endpoint ? f.replaceAll(endpoint, 'ENDPOINT') : f))
    .sort();
}

/** Facts recording a read that failed: an `error`/`failed` state, or a `*_error(s)` metric with a value. */
function failedReads(events: CbpEvent[]): string[] {
  return facts(
    events.filter((e) => {
      const value = JSON.stringify(e.metric_value);
      return (
        /"state":"(error|failed)"/.test(value) ||
        (/_errors?$/.test(e.metric_type) && e.metric_value !== null && value !== '[]')
      );
    }),
  );
}

async function seed(): Promise<void> {
  const ec2 = new EC2Client({ region: REGION });
  const iam = new IAMClient({ region: 'us-east-1' });
  const rds = new RDSClient({ region: REGION });
  const s3 = new S3Client({ region: REGION, forcePathStyle: true });
  const dynamodb = new DynamoDBClient({ region: REGION });
  const sqs = new SQSClient({ region: REGION });
  const lambda = new LambdaClient({ region: REGION });
  const kms = new KMSClient({ region: REGION });
  try {
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.30.0.0/16' }))).Vpc!.VpcId!;
    const subnet = (
      await ec2.send(
        new CreateSubnetCommand({
          VpcId: vpc,
          CidrBlock: '10.30.1.0/24',
          AvailabilityZone: `${REGION}a`,
        }),
      )
    ).Subnet!.SubnetId!;
    const image =
      (await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'] }))).Images?.[0]?.ImageId ??
      '';
    await ec2.send(
      new RunInstancesCommand({
        ImageId: image,
        InstanceType: 't3.micro',
        MinCount: 2,
        MaxCount: 2,
        SubnetId: subnet,
      }),
    );
    for (const encrypted of [true, false])
      await ec2.send(
        new CreateVolumeCommand({
          AvailabilityZone: `${REGION}a`,
          Size: 10,
          VolumeType: 'gp3',
          Encrypted: encrypted,
        }),
      );

    for (const name of ['acme-logs', 'acme-data', 'acme-public', ...BULK_BUCKETS]) {
      await s3.send(
        new CreateBucketCommand({
          Bucket: name,
          CreateBucketConfiguration: { LocationConstraint: REGION },
        }),
      );
    }
    await s3.send(
      new PutBucketVersioningCommand({
        Bucket: 'acme-data',
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    );
    await s3.send(
      new PutBucketTaggingCommand({
        Bucket: 'acme-data',
        Tagging: { TagSet: [{ Key: 'team', Value: 'data' }] },
      }),
    );
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: 'acme-public',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::acme-public/*',
            },
          ],
        }),
      }),
    );

    for (const name of ['alice', 'bob']) await iam.send(new CreateUserCommand({ UserName: name }));
    const role = await iam.send(
      new CreateRoleCommand({
        RoleName: 'lambda-exec',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'lambda.amazonaws.com' },
              Action: 'sts:AssumeRole',
            },
          ],
        }),
      }),
    );
    await rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'orders',
        Engine: 'postgres',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: 20,
        MasterUsername: 'admin_user',
        MasterUserPassword: 'not-a-real-password-1',
        StorageEncrypted: true,
      }),
    );
    await dynamodb.send(
      new CreateTableCommand({
        TableName: 'sessions',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    for (const name of ['orders', 'orders-dlq'])
      await sqs.send(new CreateQueueCommand({ QueueName: name }));
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'resize',
        Runtime: 'nodejs22.x',
        Role: role.Role!.Arn!,
        Handler: 'index.handler',
        Code: { ZipFile: EMPTY_ZIP },
      }),
    );
    await kms.send(new CreateKeyCommand({ Description: 'orders' }));
  } finally {
    for (const client of [ec2, iam, rds, s3, dynamodb, sqs, lambda, kms]) client.destroy();
  }
}

describe.skipIf(skipReason !== null)(
  'AWS scan under throttling in each protocol’s own error shape, over the wire against moto',
  () => {
    let moto: MotoServer;
    let restore: () => void;
    let runtime: Runtime;
    let dataDir: string;
    let baseline: ScanOutcome;
    const statuses = (outcome: ScanOutcome) =>
      outcome.units.map((u) => `${u.service} ${u.status} ${u.error?.code ?? ''}`).sort();

    async function scanThrough(endpoint: string, services = SERVICES): Promise<ScanOutcome> {
      const previous = process.env.AWS_ENDPOINT_URL;
      process.env.AWS_ENDPOINT_URL = endpoint;
      const worker = runtime.queue.process(runtime.runner.handle, { concurrency: 4 });
      try {
        let scan = await runtime.scans.submit({
          provider: 'aws',
          services,
          regions: [REGION],
          client_id: 'ACME',
          auth_mode: { type: 'default' },
        });
        while (!(TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) {
          await new Promise((r) => setTimeout(r, 100));
          scan = (await runtime.store.getScan(scan.id)) ?? scan;
        }
        const events = (await runtime.store.queryEvents({ scan_id: scan.id, limit: 50_000 })).items;
        const units = await runtime.store.listUnits(scan.id);
        return { scan, events, units };
      } finally {
        await worker.close();
        process.env.AWS_ENDPOINT_URL = previous;
      }
    }

    beforeAll(async () => {
      moto = await startMoto();
      restore = useEndpoint(moto.endpoint, REGION);
      await seed();
      dataDir = mkdtempSync(join(tmpdir(), 'cdz-throttling-'));
      runtime = await createRuntime(loadConfig({ env: { CLOUDDIAGNOZE_DATA_DIR: dataDir } }), {
        queue: 'private',
        logDestination: 'silent',
      });
      baseline = await scanThrough(moto.endpoint);
    }, TIME_OUT_MS);

    afterAll(async () => {
      await runtime?.close();
      restore?.();
      await moto?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('scans moto directly to SUCCEEDED, or PARTIAL where moto lacks an API (the baseline)', () => {
      // Where moto bends: the calls it does not offer (Lambda's, some per-bucket reads) leave their
      // checks unjudged, so those units say PARTIAL with UnreadInputs; AWS answers them.
      expect(baseline.units.map((u) => u.service).sort()).toEqual([...SERVICES].sort());
      for (const unit of baseline.units)
        expect(
          unit.status === 'SUCCEEDED' ||
            (unit.status === 'PARTIAL' && unit.error?.code === 'UnreadInputs'),
          `${unit.service} ${unit.status} ${JSON.stringify(unit.error)}`,
        ).toBe(true);
      expect(baseline.events.length).toBeGreaterThan(100);
    });

    // About 20 s. The time-out is part of the assertion: with the SDK's adaptive retry mode (its
    // client-side limiter on top of the pool's token buckets) the same scan took 294 s.
    it(
      'gives the same scan when 30 % of every protocol’s requests are throttled',
      async () => {
        const proxy = await startThrottlingProxy(moto.endpoint, {
          throttle: STRESS ? THIRTY_PERCENT_IN_RUNS : THIRTY_PERCENT,
        });
        let throttled: ScanOutcome;
        try {
          throttled = await scanThrough(proxy.endpoint);
        } finally {
          await proxy.stop();
        }
        const share = Object.fromEntries(
          PROTOCOLS.map((p) => [
            p,
            `${proxy.throttledByProtocol[p] ?? 0}/${proxy.requestsByProtocol[p] ?? 0}`,
          ]),
        );
        console.info(`throttled by protocol: ${JSON.stringify(share)}`);
        for (const protocol of PROTOCOLS) {
          const requests = proxy.requestsByProtocol[protocol] ?? 0;
          expect(requests, protocol).toBeGreaterThan(0);
          expect(
            (proxy.throttledByProtocol[protocol] ?? 0) / requests,
            protocol,
          ).toBeGreaterThanOrEqual(0.25);
        }

        // Throttling changes no unit's outcome: the same as without the proxy.
        expect(statuses(throttled)).toEqual(statuses(baseline));
        expect(throttled.scan.status).toBe(baseline.scan.status);
        // No read lost to throttling: the failed reads are moto's own gaps (the Lambda APIs it lacks),
        // the same as without it.
        expect(failedReads(throttled.events)).toEqual(failedReads(baseline.events));
        expect(failedReads(throttled.events).filter((f) => !/NotImplemented/.test(f))).toEqual([]);
        expect(failedReads(throttled.events).filter((f) => THROTTLING_CODES.test(f))).toEqual([]);
        const before = facts(baseline.events, moto.endpoint);
        const after = facts(throttled.events, proxy.endpoint);
        expect({
          lost: before.filter((f) => !after.includes(f)),
          gained: after.filter((f) => !before.includes(f)),
        }).toEqual({ lost: [], gained: [] });
        expect(after).toHaveLength(before.length);
      },
      TIME_OUT_MS,
    );

    it('fails only the unit whose listing answers HTML 502 beyond the retry budget, on one readable line', async () => {
      const proxy = await startThrottlingProxy(moto.endpoint, {
        throttle: () => false,
        badGateway: (operation, url) =>
          operation === 'rds:DescribeDBInstances' ||
          (operation === 's3:GET bucket?policy' && /^\/acme-public\/?\?/.test(url)),
      });
      let outcome: ScanOutcome;
      try {
        outcome = await scanThrough(proxy.endpoint, ['rds', 's3', 'ec2']);
      } finally {
        await proxy.stop();
      }
      const { scan, units, events } = outcome;
      // The whole retry budget (maxAttempts 8) was spent on each, and only there.
      expect(proxy.badGatewayByOperation).toEqual({
        'rds:DescribeDBInstances': 8,
        's3:GET bucket?policy': 8,
      });
      expect(scan.status).toBe('PARTIAL');
      const rds = units.find((u) => u.service === 'rds');
      expect(rds?.status).toBe('FAILED');
      expect(rds?.error).toEqual({
        code: 'ServiceUnavailable',
        message:
          'rds:DescribeDBInstances: HTTP 502 answered something that is not an AWS response (the API may not be offered there)',
      });
      // S3 ran; the bucket whose policy answered 502 beyond the retries leaves its policy checks
      // unjudged, so the unit says PARTIAL and names the read.
      expect(
        units.filter((u) => u.service !== 'rds').map((u) => `${u.service} ${u.status}`),
      ).toEqual(['ec2 SUCCEEDED', 's3 PARTIAL']);
      const s3 = units.find((u) => u.service === 's3');
      expect(s3?.error?.code).toBe('UnreadInputs');
      expect(s3?.error?.message).toContain('s3:GetBucketPolicy');
      // No HTML page, stack or parser message anywhere the user reads.
      expect(JSON.stringify({ units, events })).not.toMatch(
        /<html|Bad Gateway|\s+at \S+ \(|Deserialization error|Unknown/,
      );

      // The bucket whose policy could not be read: its fact names the call, its checks say ERROR.
      const bucket = 'arn:aws:s3:::acme-public';
      const valueOf = (metric: string) =>
        events.find((e) => e.resource_id === bucket && e.metric_type === metric)?.metric_value;
      expect(valueOf('aws.security.s3.bucket_policy')).toEqual({
        state: 'error',
        call: 'GetBucketPolicy',
        error_code: 'ServiceUnavailable',
      });
      expect(valueOf('aws.security.s3.s3_bucket_public_access')).toMatchObject({
        status: 'ERROR',
        reason: expect.stringContaining('s3:GetBucketPolicy failed (ServiceUnavailable)'),
      });

      // Everything else is read as without the 502s: EC2 whole, S3's other buckets, the rest of this one.
      const policyOfBucket = (f: string) =>
        f.includes(` ${bucket} `) &&
        /bucket_policy|public_exposure|public_access |secure_transport|cross_account|public_write|policy_status/.test(
          f,
        );
      const kept = (f: string) => /^aws\.\w+\.(ec2|s3)\./.test(f) && !policyOfBucket(f);
      const before = facts(baseline.events).filter(kept);
      const after = facts(events).filter(kept);
      expect(before.length).toBeGreaterThan(50);
      expect({
        lost: before.filter((f) => !after.includes(f)),
        gained: after.filter((f) => !before.includes(f)),
      }).toEqual({ lost: [], gained: [] });
    }, 60_000);
  },
);
