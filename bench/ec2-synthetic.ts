/**
 * A synthetic account of N EC2 instances (mocked AWS clients answering like the real APIs, pages
 * included), scanned through the real runner, pipeline and SQLite store. Reports API calls per
 * instance, wall time, events per second and peak memory.
 * Usage: tsx bench/ec2-synthetic.ts [instances]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client, type Instance, type Volume } from '@aws-sdk/client-ec2';
import { STSClient } from '@aws-sdk/client-sts';
import { createRuntime } from '../src/cli/runtime.js';
import { loadConfig } from '../src/config/config.js';
import { TERMINAL_SCAN_STATUSES, type Scan } from '../src/core/index.js';
import { report, withPeakMemory } from './support.js';

const instances = Number(process.argv[2] ?? 10_000);
const AZS = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'];
const TYPES = ['t3.micro', 'm5.large', 'c5.xlarge', 'm3.medium'];

const id = (prefix: string, i: number) => `${prefix}-${i.toString(16).padStart(17, '0')}`;

function instance(i: number): Instance {
  return {
    InstanceId: id('i', i),
    InstanceType: TYPES[i % TYPES.length] as 't3.micro',
    ImageId: 'ami-0c1bea58988a98915',
    State: { Code: i % 10 === 0 ? 80 : 16, Name: i % 10 === 0 ? 'stopped' : 'running' },
    Placement: { AvailabilityZone: AZS[i % AZS.length] },
    VpcId: 'vpc-0a9b8c7d6e5f40001',
    SubnetId: 'subnet-0a9b8c7d6e5f40011',
    PrivateIpAddress: `10.0.${(i >> 8) & 255}.${i & 255}`,
    PrivateDnsName: `ip-10-0-${(i >> 8) & 255}-${i & 255}.eu-west-1.compute.internal`,
    SecurityGroups: [{ GroupId: 'sg-0123456789abcdef0', GroupName: 'web' }],
    MetadataOptions: { HttpTokens: i % 2 ? 'required' : 'optional' },
    PlatformDetails: 'Linux/UNIX',
    LaunchTime: new Date('2026-09-01T08:15:00.000Z'),
    BlockDeviceMappings: [
      {
        DeviceName: '/dev/xvda',
        Ebs: { VolumeId: id('vol', i), Status: 'attached', DeleteOnTermination: true },
      },
    ],
    Tags: [{ Key: 'Name', Value: `node-${i}` }],
  };
}

function volume(i: number): Volume {
  return {
    VolumeId: id('vol', i),
    Size: 8 + (i % 5) * 8,
    VolumeType: 'gp3',
    Iops: 3000,
    Throughput: 125,
    Encrypted: i % 3 !== 0,
    State: i < instances ? 'in-use' : 'available',
    AvailabilityZone: AZS[i % AZS.length],
    CreateTime: new Date('2026-09-01T08:15:00.000Z'),
    Attachments:
      i < instances
        ? [
            {
              InstanceId: id('i', i),
              Device: '/dev/xvda',
              State: 'attached',
              DeleteOnTermination: true,
            },
          ]
        : [],
  };
}

/** Answers a paginated call like AWS: MaxResults items, then a NextToken until the end. */
function page<T>(
  total: number,
  make: (i: number) => T,
  input: { NextToken?: string; MaxResults?: number },
) {
  const start = input.NextToken ? Number(input.NextToken) : 0;
  const size = input.MaxResults ?? 1000;
  const end = Math.min(total, start + size);
  return {
    items: Array.from({ length: end - start }, (_, k) => make(start + k)),
    NextToken: end < total ? String(end) : undefined,
  };
}

/** Calls by operation, counted at the clients' send(). */
const byOperation: Record<string, number> = {};

/**
 * Answers at the clients' `send()` like aws-sdk-client-mock does, but keeps no call history: a
 * mock's history holds every response and would be measured as the scanner's memory.
 */
function fake<C extends { send: unknown }>(
  clientClass: { prototype: C },
  answers: Record<string, (input: Record<string, unknown>) => unknown>,
): void {
  (clientClass.prototype as { send: unknown }).send = async (command: {
    constructor: { name: string };
    input: Record<string, unknown>;
  }) => {
    const operation = command.constructor.name.replace(/Command$/, '');
    const answer = answers[operation];
    if (!answer)
      throw Object.assign(new Error(`${operation} is not faked`), { name: 'UnknownOperation' });
    byOperation[operation] = (byOperation[operation] ?? 0) + 1;
    return { $metadata: { httpStatusCode: 200 }, ...(answer(command.input) as object) };
  };
}

const volumes = instances + Math.ceil(instances / 20); // 5 % of volumes left unattached
fake(STSClient, { GetCallerIdentity: () => ({ Account: '123456789012' }) });
fake(EC2Client, {
  DescribeInstances: (input) => {
    const { items, NextToken } = page(instances, instance, input);
    return {
      Reservations: [{ ReservationId: 'r-0f1e2d3c4b5a60001', Instances: items }],
      NextToken,
    };
  },
  DescribeVolumes: (input) => {
    const { items, NextToken } = page(volumes, volume, input);
    return { Volumes: items, NextToken };
  },
  DescribeSnapshots: () => ({ Snapshots: [] }),
  DescribeAddresses: () => ({
    Addresses: Array.from({ length: 50 }, (_, i) => ({
      AllocationId: id('eipalloc', i),
      PublicIp: `34.245.0.${i}`,
      Domain: 'vpc',
    })),
  }),
});
fake(CloudWatchClient, {
  ListMetrics: () => ({ Metrics: [] }),
  GetMetricData: (input) => ({
    MetricDataResults: ((input.MetricDataQueries ?? []) as { Id?: string }[]).map((q) => ({
      Id: q.Id,
      StatusCode: 'Complete',
      Timestamps: [new Date()],
      Values: [27.85],
    })),
  }),
});

const dataDir = mkdtempSync(join(tmpdir(), 'cdz-bench-ec2-'));
try {
  const runtime = await createRuntime(loadConfig({ env: { CLOUDDIAGNOZE_DATA_DIR: dataDir } }), {
    queue: 'private',
    logDestination: 'silent',
  });
  const worker = runtime.queue.process(runtime.runner.handle, { concurrency: 4 });
  const started = performance.now();
  const measured = await withPeakMemory(async () => {
    let scan: Scan = await runtime.scans.submit({
      provider: 'aws',
      services: ['ec2'],
      regions: ['eu-west-1'],
      client_id: 'BENCH',
      auth_mode: { type: 'default' },
    });
    while (!(TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) {
      await new Promise((r) => setTimeout(r, 20));
      scan = (await runtime.store.getScan(scan.id)) ?? scan;
    }
    return scan;
  });
  const wallSeconds = (performance.now() - started) / 1000;
  await worker.close();
  await runtime.close();
  const scan = measured.result;
  const identityCalls = byOperation.GetCallerIdentity ?? 0;
  const cloudCalls = Object.values(byOperation).reduce((a, b) => a + b, 0) - identityCalls;
  report({
    bench: 'ec2-synthetic',
    instances,
    volumes,
    status: scan.status,
    events: scan.progress.events,
    wall_seconds: Number(wallSeconds.toFixed(2)),
    events_per_second: Math.round(scan.progress.events / wallSeconds),
    api_calls: cloudCalls,
    api_calls_per_instance: Number((cloudCalls / instances).toFixed(4)),
    calls_by_operation: byOperation,
    identity_calls: identityCalls,
    peak_heap_mib: Math.round(measured.peakHeapMiB),
    peak_rss_mib: Math.round(measured.peakRssMiB),
  });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
