/**
 * The product's scan against the fewest-calls script, side by side, through a loopback proxy that
 * adds a real cloud's round trip to every request in front of moto. Seeds a small account (3
 * regions: instances, volumes, buckets with policies and tags, databases, IAM users) and, with
 * `--scale 10`, ten times that; each side runs in its own process (its own peak RSS), the proxy
 * counts requests, operations and the most in flight at once.
 * Usage: tsx bench/latency.ts [--delay-ms 50] [--scale 1,10] [--runs 1] [--services ec2,vpc,rds,iam,s3]
 * Every other service: bench/latency-breadth.ts (a replay of the product's own requests).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  ListMetricsCommand,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import {
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  DescribeAddressesCommand,
  DescribeFlowLogsCommand,
  DescribeImagesCommand,
  DescribeInternetGatewaysCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkAclsCommand,
  DescribeNetworkInterfacesCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcPeeringConnectionsCommand,
  DescribeVpcsCommand,
  EC2Client,
  paginateDescribeInstances,
  paginateDescribeVolumes,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  ListServerCertificatesCommand,
  ListVirtualMFADevicesCommand,
  paginateGetAccountAuthorizationDetails,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import {
  CreateDBInstanceCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import {
  CreateBucketCommand,
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketReplicationCommand,
  GetBucketWebsiteCommand,
  GetObjectLockConfigurationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  S3Client,
  type BucketLocationConstraint,
} from '@aws-sdk/client-s3';
import { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import {
  INSTANCE_CLOUDWATCH_METRICS,
  VOLUME_CLOUDWATCH_METRICS,
  type VolumeCloudWatchMetric as MetricSpec,
} from '../src/providers/aws/services/ec2/metrics.js';
import { startLatencyProxy } from '../test/support/latency-proxy.js';
import { motoUnavailable, startMoto, useEndpoint } from '../test/support/moto.js';
import { machine, report } from './support.js';

export const REGIONS = ['eu-west-1', 'us-east-1', 'ap-southeast-2'];
export const ACCOUNT = '123456789012';
/** The services `script` gathers by hand; bench/latency-breadth.ts replays the others. */
export const SCRIPTED_SERVICES = ['ec2', 'vpc', 'rds', 'iam', 's3'];

/** What one side reports on its last stdout line. */
export interface ChildResult {
  wall_seconds: number;
  peak_rss_mib: number;
  [key: string]: unknown;
}

export async function sendAll<T>(
  items: readonly T[],
  each: (item: T) => Promise<unknown>,
  width = 16,
) {
  for (let i = 0; i < items.length; i += width)
    await Promise.all(items.slice(i, i + width).map(each));
}

/** Seeds `scale` times the small account, straight into moto (not through the proxy). */
export async function seed(scale: number): Promise<Record<string, number>> {
  const counts = { instances: 0, volumes: 0, buckets: 0, databases: 0, users: 0 };
  const bucketsPerRegion = scale === 1 ? 8 : 22;
  for (const region of REGIONS) {
    const ec2 = new EC2Client({ region });
    const image =
      (await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'] }))).Images?.[0]?.ImageId ??
      '';
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.40.0.0/16' }))).Vpc!.VpcId!;
    const subnet = (
      await ec2.send(
        new CreateSubnetCommand({
          VpcId: vpc,
          CidrBlock: '10.40.1.0/24',
          AvailabilityZone: `${region}a`,
        }),
      )
    ).Subnet!.SubnetId!;
    await ec2.send(
      new CreateSecurityGroupCommand({ VpcId: vpc, GroupName: 'web', Description: 'web' }),
    );
    const run = await ec2.send(
      new RunInstancesCommand({
        ImageId: image,
        InstanceType: 't3.micro',
        MinCount: 9 * scale,
        MaxCount: 9 * scale,
        SubnetId: subnet,
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'team', Value: 'bench' }] }],
      }),
    );
    counts.instances += run.Instances?.length ?? 0;
    const extra = 4 * scale;
    await sendAll(
      Array.from({ length: extra }, (_, i) => i),
      (i) =>
        ec2.send(
          new CreateVolumeCommand({
            AvailabilityZone: `${region}a`,
            Size: 8 + i,
            VolumeType: 'gp3',
            Encrypted: i % 2 === 0,
          }),
        ),
    );
    counts.volumes += ((await ec2.send(new DescribeVolumesCommand({}))).Volumes ?? []).length;
    const s3 = new S3Client({ region, forcePathStyle: true });
    const buckets = Array.from({ length: bucketsPerRegion }, (_, i) => `bench-${region}-${i}`);
    await sendAll(buckets, async (bucket) => {
      await s3.send(
        new CreateBucketCommand({
          Bucket: bucket,
          ...(region === 'us-east-1'
            ? {}
            : {
                CreateBucketConfiguration: {
                  LocationConstraint: region as BucketLocationConstraint,
                },
              }),
        }),
      );
      await s3.send(
        new PutBucketPolicyCommand({
          Bucket: bucket,
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'TlsOnly',
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          }),
        }),
      );
      await s3.send(
        new PutBucketTaggingCommand({
          Bucket: bucket,
          Tagging: { TagSet: [{ Key: 'team', Value: 'bench' }] },
        }),
      );
    });
    counts.buckets += buckets.length;
    const rds = new RDSClient({ region });
    await sendAll(
      Array.from({ length: 4 * scale }, (_, i) => i),
      (i) =>
        rds.send(
          new CreateDBInstanceCommand({
            DBInstanceIdentifier: `bench-db-${i}`,
            DBInstanceClass: 'db.t3.micro',
            Engine: 'postgres',
            AllocatedStorage: 20,
            MasterUsername: 'bench',
            MasterUserPassword: 'bench-password-1',
            StorageEncrypted: i % 2 === 0,
          }),
        ),
    );
    counts.databases += 4 * scale;
    await ec2.send(
      new CreateTagsCommand({ Resources: [vpc], Tags: [{ Key: 'Name', Value: 'bench' }] }),
    );
  }
  const iam = new IAMClient({ region: 'us-east-1' });
  await sendAll(
    Array.from({ length: 8 * scale }, (_, i) => `bench-user-${i}`),
    async (user) => {
      await iam.send(new CreateUserCommand({ UserName: user }));
      await iam.send(new CreateAccessKeyCommand({ UserName: user }));
      await iam.send(
        new PutUserPolicyCommand({
          UserName: user,
          PolicyName: 'read',
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
          }),
        }),
      );
    },
  );
  counts.users += 8 * scale;
  return counts;
}

/** The product: the CLI's in-process runtime (private queue, its worker concurrency), one scan. */
export async function product(
  services: string[],
  options: { cost?: boolean } = {},
): Promise<Record<string, unknown>> {
  const { createRuntime } = await import('../src/cli/runtime.js');
  const { loadConfig } = await import('../src/config/config.js');
  const { TERMINAL_SCAN_STATUSES } = await import('../src/core/index.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'cdz-bench-latency-'));
  try {
    const config = loadConfig({ env: { ...process.env, CLOUDDIAGNOZE_DATA_DIR: dataDir } });
    const runtime = await createRuntime(config, {
      queue: 'private',
      logDestination: 'silent',
      sinks: [],
    });
    const worker = runtime.queue.process(runtime.runner.handle, {
      concurrency: config.workerConcurrency,
    });
    const started = performance.now();
    let scan = await runtime.scans.submit({
      provider: 'aws',
      services,
      regions: REGIONS,
      client_id: 'BENCH',
      auth_mode: { type: 'default' },
      ...(options.cost ? { options: { cost: true } } : {}),
    });
    while (!(TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) {
      await new Promise((r) => setTimeout(r, 20));
      scan = (await runtime.store.getScan(scan.id)) ?? scan;
    }
    const wall = (performance.now() - started) / 1000;
    const failed = (await runtime.store.listUnits(scan.id))
      .filter((u) => u.status !== 'SUCCEEDED')
      .map((u) => `${u.service}/${u.region}: ${u.error?.code ?? u.status}`);
    await worker.close();
    await runtime.close();
    return {
      wall_seconds: wall,
      status: scan.status,
      units: scan.progress.units_total,
      events: scan.progress.events,
      units_not_succeeded: failed,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** On one emulator host, S3 Control's `<account-id>.` host prefix cannot resolve (as in the product). */
function singleHost(client: S3ControlClient): S3ControlClient {
  const config = client.config as unknown as {
    endpointProvider: (params: Record<string, unknown>, context?: unknown) => unknown;
  };
  const resolve = config.endpointProvider;
  config.endpointProvider = (params, context) =>
    resolve({ ...params, RequiresAccountId: false }, context);
  return client;
}

/**
 * The fewest calls that gather the same facts, every independent call issued at once, each waiting
 * only for what it needs (a region's instances before their CPU; the bucket list before each
 * bucket's reads). Pages are followed.
 */
export async function script(services: string[]): Promise<Record<string, unknown>> {
  const started = performance.now();
  const want = new Set(services);
  const since = new Date(Date.now() - 14 * 86_400_000);
  let facts = 0;
  const count = (n: number | undefined) => {
    facts += n ?? 0;
  };
  const identity = await new STSClient({ region: 'us-east-1' }).send(
    new GetCallerIdentityCommand({}),
  );
  if (identity.Account !== ACCOUNT) throw new Error(`unexpected account ${identity.Account}`);
  const regional = REGIONS.flatMap((region) => {
    const ec2 = new EC2Client({ region });
    const rds = new RDSClient({ region });
    const cw = new CloudWatchClient({ region });
    const work: Promise<unknown>[] = [];
    if (want.has('ec2')) {
      work.push(
        (async () => {
          const ids: string[] = [];
          const volumes: { id: string; type?: string }[] = [];
          await Promise.all([
            (async () => {
              const pages = paginateDescribeInstances({ client: ec2 }, { MaxResults: 1000 });
              for await (const page of pages)
                for (const r of page.Reservations ?? [])
                  for (const i of r.Instances ?? []) if (i.InstanceId) ids.push(i.InstanceId);
            })(),
            (async () => {
              const pages = paginateDescribeVolumes({ client: ec2 }, { MaxResults: 500 });
              for await (const page of pages)
                for (const v of page.Volumes ?? [])
                  if (v.VolumeId) volumes.push({ id: v.VolumeId, type: v.VolumeType });
            })(),
          ]);
          count(ids.length + volumes.length);
          // The EC2 scanner's statistics for every instance and every volume: 500 queries a call.
          const query = (
            namespace: string,
            name: string,
            id: string,
            m: MetricSpec,
            k: number,
          ) => ({
            Id: `q${k}`,
            MetricStat: {
              Metric: {
                Namespace: namespace,
                MetricName: m.metricName,
                Dimensions: [{ Name: name, Value: id }],
              },
              Period: 14 * 86_400,
              Stat: m.stat,
            },
          });
          const queries: MetricDataQuery[] = [
            ...ids.flatMap((id) =>
              INSTANCE_CLOUDWATCH_METRICS.map((m) => ({ id, m, ns: 'AWS/EC2', dim: 'InstanceId' })),
            ),
            ...volumes.flatMap((v) =>
              VOLUME_CLOUDWATCH_METRICS.filter(
                (m) => !m.volumeTypes || m.volumeTypes.includes(v.type ?? ''),
              ).map((m) => ({ id: v.id, m, ns: 'AWS/EBS', dim: 'VolumeId' })),
            ),
          ].map((q, k) => query(q.ns, q.dim, q.id, q.m, k));
          const calls: Promise<unknown>[] = [];
          for (let k = 0; k < queries.length; k += 500)
            calls.push(
              cw.send(
                new GetMetricDataCommand({
                  MetricDataQueries: queries.slice(k, k + 500),
                  StartTime: since,
                  EndTime: new Date(),
                }),
              ),
            );
          await Promise.all(calls);
        })(),
        // The CloudWatch agent's memory and disk metrics, where the agent publishes them.
        cw.send(new ListMetricsCommand({ Namespace: 'CWAgent', MetricName: 'mem_used_percent' })),
        cw.send(new ListMetricsCommand({ Namespace: 'CWAgent', MetricName: 'disk_used_percent' })),
        ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] })),
        ec2.send(new DescribeAddressesCommand({})),
      );
    }
    if (want.has('vpc')) {
      work.push(
        ec2.send(new DescribeVpcsCommand({})),
        ec2.send(new DescribeSubnetsCommand({})),
        ec2.send(new DescribeSecurityGroupsCommand({})),
        ec2.send(new DescribeNetworkAclsCommand({})),
        ec2.send(new DescribeRouteTablesCommand({})),
        ec2.send(new DescribeInternetGatewaysCommand({})),
        ec2.send(new DescribeNatGatewaysCommand({})),
        ec2.send(new DescribeFlowLogsCommand({})),
        ec2.send(new DescribeVpcEndpointsCommand({})),
        ec2.send(new DescribeVpcPeeringConnectionsCommand({})),
        ec2.send(new DescribeNetworkInterfacesCommand({})),
      );
    }
    if (want.has('rds')) {
      work.push(
        rds.send(new DescribeDBInstancesCommand({})).then((a) => count(a.DBInstances?.length)),
        rds.send(new DescribeDBClustersCommand({})),
        rds.send(new DescribeDBSnapshotsCommand({})),
        rds.send(new DescribeDBClusterSnapshotsCommand({})),
      );
    }
    return work;
  });
  const global: Promise<unknown>[] = [];
  if (want.has('iam')) {
    const iam = new IAMClient({ region: 'us-east-1' });
    global.push(
      (async () => {
        for await (const page of paginateGetAccountAuthorizationDetails({ client: iam }, {}))
          count(page.UserDetailList?.length);
      })(),
      iam.send(new GetAccountPasswordPolicyCommand({})).catch(() => undefined),
      iam.send(new GetAccountSummaryCommand({})),
      iam.send(new ListServerCertificatesCommand({})),
      iam.send(new ListVirtualMFADevicesCommand({})),
      // Whether the account belongs to an organization (asked once for the scan).
      new OrganizationsClient({ region: 'us-east-1' })
        .send(new DescribeOrganizationCommand({}))
        .catch(() => undefined),
      (async () => {
        await iam.send(new GenerateCredentialReportCommand({}));
        await iam.send(new GetCredentialReportCommand({}));
      })(),
    );
  }
  if (want.has('s3')) {
    global.push(
      (async () => {
        const home = new S3Client({ region: 'us-east-1', forcePathStyle: true });
        const listed = await home.send(new ListBucketsCommand({}));
        const clients = new Map<string, S3Client>();
        const client = (region: string) => {
          let c = clients.get(region);
          if (!c) clients.set(region, (c = new S3Client({ region, forcePathStyle: true })));
          return c;
        };
        const optional = (p: Promise<unknown>) => p.catch(() => undefined);
        // The account's own public access block, beside the buckets'.
        const account = optional(
          singleHost(new S3ControlClient({ region: 'us-east-1' })).send(
            new GetAccountPublicAccessBlockCommand({ AccountId: ACCOUNT }),
          ),
        );
        await Promise.all(
          (listed.Buckets ?? []).map((b) => {
            const s3 = client(b.BucketRegion ?? 'us-east-1');
            const Bucket = b.Name!;
            count(1);
            return Promise.all([
              optional(s3.send(new GetBucketPolicyCommand({ Bucket }))),
              optional(s3.send(new GetBucketTaggingCommand({ Bucket }))),
              optional(s3.send(new GetBucketEncryptionCommand({ Bucket }))),
              optional(s3.send(new GetBucketVersioningCommand({ Bucket }))),
              optional(s3.send(new GetPublicAccessBlockCommand({ Bucket }))),
              optional(s3.send(new GetBucketAclCommand({ Bucket }))),
              optional(s3.send(new GetBucketLoggingCommand({ Bucket }))),
              optional(s3.send(new GetBucketOwnershipControlsCommand({ Bucket }))),
              optional(s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket }))),
              optional(s3.send(new GetObjectLockConfigurationCommand({ Bucket }))),
              optional(s3.send(new GetBucketPolicyStatusCommand({ Bucket }))),
              optional(s3.send(new GetBucketReplicationCommand({ Bucket }))),
              optional(s3.send(new GetBucketWebsiteCommand({ Bucket }))),
            ]);
          }),
        );
        await account;
      })(),
    );
  }
  await Promise.all([...regional, ...global]);
  return { wall_seconds: (performance.now() - started) / 1000, resources_seen: facts };
}

/** Runs `file` with `args` in its own process (AWS pointed at `endpoint`); its last stdout line. */
export function runChild(file: string, args: string[], endpoint: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
      env: { ...process.env, AWS_ENDPOINT_URL: endpoint },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited with ${code}: ${out}`));
      resolve(JSON.parse(last) as ChildResult);
    });
  });
}

/** A child side's last line: its result and the process's own high-water mark (kB on Linux). */
export function writeChildResult(result: Record<string, unknown>): void {
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...result, peak_rss_mib: round(peak, 0) })}\n`);
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits));

async function main(): Promise<void> {
  const { values: flags } = parseArgs({
    options: {
      'delay-ms': { type: 'string', default: '50' },
      scale: { type: 'string', default: '1,10' },
      runs: { type: 'string', default: '1' },
      services: { type: 'string', default: SCRIPTED_SERVICES.join(',') },
      child: { type: 'string' },
    },
  });
  if (flags.child) {
    const services = flags.services.split(',');
    writeChildResult(flags.child === 'product' ? await product(services) : await script(services));
    process.exit(0);
  }

  const skip = motoUnavailable();
  if (skip) {
    process.stderr.write(`latency bench needs moto: ${skip}\n`);
    process.exit(1);
  }
  const delayMs = Number(flags['delay-ms']);
  const moto = await startMoto();
  const restore = useEndpoint(moto.endpoint);
  const proxy = await startLatencyProxy(moto.endpoint, delayMs);
  try {
    process.stderr.write(`# ${new Date().toISOString()} — ${machine()}\n`);
    for (const scale of flags.scale.split(',').map(Number)) {
      await fetch(`${moto.endpoint}/moto-api/reset`, { method: 'POST' });
      const seeded = await seed(scale);
      for (let run = 0; run < Number(flags.runs); run += 1) {
        const sides: Record<string, ChildResult & { requests: number; max_in_flight: number }> = {};
        const operations: Record<string, Record<string, number>> = {};
        // Alternate which side goes first, so that neither always meets a warm emulator.
        const order = run % 2 === 0 ? ['product', 'script'] : ['script', 'product'];
        for (const side of order) {
          proxy.reset();
          const result = await runChild(
            fileURLToPath(import.meta.url),
            ['--child', side, '--services', flags.services],
            proxy.endpoint,
          );
          sides[side] = { ...result, requests: proxy.requests, max_in_flight: proxy.maxInFlight };
          operations[side] = { ...proxy.byOperation };
        }
        const p = sides.product!;
        const s = sides.script!;
        report({
          bench: 'latency',
          delay_ms: delayMs,
          scale,
          seeded,
          services: flags.services,
          product: { ...p, wall_seconds: round(p.wall_seconds) },
          script: { ...s, wall_seconds: round(s.wall_seconds) },
          wall_ratio: round(p.wall_seconds / s.wall_seconds),
          request_ratio: round(p.requests / s.requests),
          operations,
        });
      }
    }
  } finally {
    await proxy.stop();
    restore();
    await moto.stop();
  }
}

// Imported by bench/latency-breadth.ts for its pieces: runs only when started itself.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
