/**
 * Memory at scale: a synthetic account of N resources in one region (EC2 instances, their volumes
 * and snapshots, Elastic IPs, and the region's network: VPCs, subnets, route tables, gateways,
 * security groups, NACLs, flow logs, endpoints, network interfaces), scanned for EC2 (with its
 * CloudWatch statistics) and VPC through the real runner, pipeline and SQLite store. Clients answer
 * in-process at `send()` with AWS's page sizes (NextToken/MaxResults honoured) and keep no history.
 * Reports peak RSS and peak heap (sampled every 10 ms: a lower bound, timers do not run while the
 * scan runs on promise jobs alone), the kernel's peak RSS of the process (`max_rss_mib`, exact),
 * what the process held before the scan, and the heap left once the scan is over and collected.
 *
 * RSS is measured on JavaScript as production runs it: tsx's in-process transform costs about
 * 170 MiB of RSS by itself. `--sizes` (the default) transpiles `src/` and this file to a temporary
 * directory with esbuild (tsx's and vite's, no bundling) and runs each size there in its own
 * process; a size given alone runs in this process.
 * Usage: tsx bench/memory-synthetic.ts [--sizes 100,10000,100000] | [resources]
 * To see what holds the heap, one heap snapshot (in the OS's temporary directory):
 * `BENCH_HEAP_SNAPSHOT_MIB=n` the first time the heap passes n MiB, `BENCH_HEAP_SNAPSHOT_CALL=
 * GetMetricData:100` when the 100th GetMetricData is answered. `at_peak_rss_mib` splits the peak
 * RSS: V8's committed heap by space, the rest is native (SQLite's page cache, code, buffers).
 * `CLOUDDIAGNOZE_SQLITE_CACHE_MIB=n` sets the SQLite store's page cache (default 16 MiB), to measure
 * its share; `BENCH_NODE_FLAGS="--flag …"` adds Node/V8 flags to each size's process, and
 * `BENCH_SET_FLAGS="--flag …"` sets V8 flags at its start instead of the CLI's heap bound.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getHeapSpaceStatistics, setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import type { Scan, ScanUnit } from '../src/core/index.js';
import { machine, report, withPeakMemory } from './support.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One configuration of a bench run in its own process: the script's arguments and environment. */
export interface OwnProcessRun {
  label: string;
  args: readonly string[];
  env?: Readonly<Record<string, string>>;
}

/**
 * Runs `bench/<script>.ts` once per run, each in its own process, on `src/` and the bench
 * transpiled by esbuild to a temporary directory (no bundling), as production runs `dist/`.
 */
export async function inOwnProcesses(
  script: string,
  runs: readonly OwnProcessRun[],
): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'cdz-bench-memory-js-'));
  try {
    const { build } = (await import('esbuild' as string)) as {
      build(options: Record<string, unknown>): Promise<unknown>;
    };
    const sources = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return sources(path);
        return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
      });
    const benches = [...new Set(['memory-synthetic', script, 'support'])];
    await build({
      entryPoints: [...sources('src'), ...benches.map((b) => `bench/${b}.ts`)].map((p) =>
        join(ROOT, p),
      ),
      outdir: out,
      outbase: ROOT,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
    writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
    symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'));
    process.stdout.write(`# ${new Date().toISOString()} — ${machine()}\n`);
    for (const run of runs) {
      const result = spawnSync(
        process.execPath,
        [
          '--expose-gc',
          ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
          join(out, 'bench', `${script}.js`),
          ...run.args,
        ],
        {
          encoding: 'utf8',
          env: {
            ...process.env,
            AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
            ...run.env,
          },
          maxBuffer: 1 << 26,
        },
      );
      process.stdout.write(result.stdout);
      if (result.status !== 0) {
        process.stderr.write(
          `${run.label}: exit ${result.status ?? result.signal}\n${result.stderr}`,
        );
        process.exitCode = 1;
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** True when this module is the script Node was started with (not imported by another bench). */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href;
}

async function scanOnce(resources: number): Promise<void> {
  await applyHeapFlags();
  // Imported here, so that the orchestrating process stays small.
  const { CloudWatchClient } = await import('@aws-sdk/client-cloudwatch');
  const { EC2Client } = await import('@aws-sdk/client-ec2');
  const { STSClient } = await import('@aws-sdk/client-sts');
  const region = syntheticRegion(resources);
  const tag = String(resources);
  fake(STSClient, { GetCallerIdentity: () => ({ Account: '123456789012' }) }, tag);
  fake(EC2Client, region.ec2, tag);
  fake(CloudWatchClient, region.cloudWatch, tag);
  const { scan, units, figures } = await measuredScan({ type: 'default' }, tag);
  report({
    bench: 'memory-synthetic',
    resources: region.total,
    counts: region.counts,
    status: scan.status,
    units: units.map((u) => `${u.service}/${u.region}: ${u.status}`),
    events: scan.progress.events,
    ...figures,
  });
}

/**
 * V8's flags as the CLI's entry sets them; BENCH_SET_FLAGS="--heap-growing-percent=0" measures
 * V8's default.
 */
export async function applyHeapFlags(): Promise<void> {
  const { boundHeapGrowth } = await import('../src/cli/heap.js');
  if (process.env.BENCH_SET_FLAGS) setFlagsFromString(process.env.BENCH_SET_FLAGS);
  else boundHeapGrowth();
}

/** An operation's answer to its input, as the SDK would return it (without `$metadata`). */
export type Answer = (input: Record<string, unknown>) => Record<string, unknown>;

/**
 * Pages like EC2's: MaxResults items (`pageSize` when unset: 1,000), then a NextToken until the
 * end.
 */
export function paged<T>(
  totalItems: number,
  make: (i: number) => T,
  key: string,
  pageSize = 1000,
): Answer {
  return (input) => {
    const start = input.NextToken ? Number(input.NextToken) : 0;
    const size = Number(input.MaxResults ?? pageSize);
    const end = Math.min(totalItems, start + size);
    return {
      [key]: Array.from({ length: end - start }, (_, k) => make(start + k)),
      NextToken: end < totalItems ? String(end) : undefined,
    };
  };
}

/**
 * One region of about `resources` resources: its EC2 and CloudWatch answers, each built at the call
 * from the call's input (pages, NextToken), nothing kept between calls.
 */
export function syntheticRegion(resources: number): {
  counts: Record<string, number>;
  total: number;
  ec2: Record<string, Answer>;
  cloudWatch: Record<string, Answer>;
} {
  const AZS = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'];
  const TYPES = ['t3.micro', 'm5.large', 'c5.xlarge', 'm3.medium'];
  const hex = (prefix: string, i: number) => `${prefix}-${i.toString(16).padStart(17, '0')}`;

  /** The account's make-up: about N resources in all, instances and volumes most of them. */
  const instances = Math.max(1, Math.round(resources * 0.4));
  const vpcs = Math.max(1, Math.round(resources * 0.002));
  const counts = {
    instances,
    volumes: instances + Math.ceil(instances / 20), // 5 % unattached
    snapshots: Math.round(resources * 0.005),
    addresses: Math.min(50, Math.max(1, Math.round(resources * 0.001))),
    vpcs,
    subnets: Math.max(1, Math.round(resources * 0.02)),
    routeTables: Math.max(1, Math.round(resources * 0.01)),
    internetGateways: vpcs,
    natGateways: vpcs,
    securityGroups: Math.max(1, Math.round(resources * 0.04)),
    networkAcls: vpcs,
    flowLogs: vpcs,
    vpcEndpoints: 2 * vpcs,
    networkInterfaces: Math.max(1, Math.round(resources * 0.1)),
  };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const vpcOf = (i: number) => hex('vpc', i % vpcs);
  const created = new Date('2026-09-01T08:15:00.000Z');

  const ec2: Record<string, Answer> = {
    DescribeInstances: (input) => {
      const { Items, NextToken } = paged(
        counts.instances,
        (i) => ({
          InstanceId: hex('i', i),
          InstanceType: TYPES[i % TYPES.length],
          ImageId: 'ami-0c1bea58988a98915',
          State: { Code: i % 10 === 0 ? 80 : 16, Name: i % 10 === 0 ? 'stopped' : 'running' },
          Placement: { AvailabilityZone: AZS[i % AZS.length] },
          VpcId: vpcOf(i),
          SubnetId: hex('subnet', i % counts.subnets),
          PrivateIpAddress: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          PrivateDnsName: `ip-10-${(i >> 16) & 255}-${(i >> 8) & 255}-${i & 255}.eu-west-1.compute.internal`,
          SecurityGroups: [{ GroupId: hex('sg', i % counts.securityGroups), GroupName: 'web' }],
          MetadataOptions: { HttpTokens: i % 2 ? 'required' : 'optional' },
          PlatformDetails: 'Linux/UNIX',
          LaunchTime: created,
          BlockDeviceMappings: [
            {
              DeviceName: '/dev/xvda',
              Ebs: { VolumeId: hex('vol', i), Status: 'attached', DeleteOnTermination: true },
            },
          ],
          Tags: [{ Key: 'Name', Value: `node-${i}` }],
        }),
        'Items',
      )(input) as { Items: unknown[]; NextToken?: string };
      return {
        Reservations: [{ ReservationId: hex('r', start(input)), Instances: Items }],
        NextToken,
      };
    },
    DescribeVolumes: paged(
      counts.volumes,
      (i) => ({
        VolumeId: hex('vol', i),
        Size: 8 + (i % 5) * 8,
        VolumeType: 'gp3',
        Iops: 3000,
        Throughput: 125,
        Encrypted: i % 3 !== 0,
        State: i < counts.instances ? 'in-use' : 'available',
        AvailabilityZone: AZS[i % AZS.length],
        CreateTime: created,
        Attachments:
          i < counts.instances
            ? [
                {
                  InstanceId: hex('i', i),
                  Device: '/dev/xvda',
                  State: 'attached',
                  DeleteOnTermination: true,
                },
              ]
            : [],
      }),
      'Volumes',
    ),
    DescribeSnapshots: paged(
      counts.snapshots,
      (i) => ({
        SnapshotId: hex('snap', i),
        VolumeId: hex('vol', i),
        VolumeSize: 8,
        State: 'completed',
        StartTime: created,
        Encrypted: i % 2 === 0,
        OwnerId: '123456789012',
        StorageTier: 'standard',
      }),
      'Snapshots',
    ),
    DescribeAddresses: () => ({
      Addresses: Array.from({ length: counts.addresses }, (_, i) => ({
        AllocationId: hex('eipalloc', i),
        PublicIp: `34.245.${i >> 8}.${i & 255}`,
        Domain: 'vpc',
      })),
    }),
    DescribeVpcs: paged(
      counts.vpcs,
      (i) => ({
        VpcId: hex('vpc', i),
        CidrBlock: '10.0.0.0/16',
        IsDefault: i === 0,
        State: 'available',
      }),
      'Vpcs',
    ),
    DescribeSubnets: paged(
      counts.subnets,
      (i) => ({
        SubnetId: hex('subnet', i),
        VpcId: vpcOf(i),
        AvailabilityZone: AZS[i % AZS.length],
        CidrBlock: `10.${i >> 8}.${i & 255}.0/24`,
      }),
      'Subnets',
    ),
    DescribeRouteTables: paged(
      counts.routeTables,
      (i) => ({
        RouteTableId: hex('rtb', i),
        VpcId: vpcOf(i),
        Associations: [{ Main: i < vpcs }],
        Routes: [
          { DestinationCidrBlock: '0.0.0.0/0', GatewayId: hex('igw', i % vpcs), State: 'active' },
        ],
      }),
      'RouteTables',
    ),
    DescribeInternetGateways: paged(
      counts.internetGateways,
      (i) => ({
        InternetGatewayId: hex('igw', i),
        Attachments: [{ VpcId: vpcOf(i), State: 'available' }],
      }),
      'InternetGateways',
    ),
    DescribeNatGateways: paged(
      counts.natGateways,
      (i) => ({
        NatGatewayId: hex('nat', i),
        VpcId: vpcOf(i),
        SubnetId: hex('subnet', i),
        State: 'available',
      }),
      'NatGateways',
    ),
    DescribeSecurityGroups: paged(
      counts.securityGroups,
      (i) => ({
        GroupId: hex('sg', i),
        GroupName: `sg-${i}`,
        VpcId: vpcOf(i),
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: 22,
            ToPort: 22,
            IpRanges: [{ CidrIp: i % 5 ? '10.0.0.0/8' : '0.0.0.0/0' }],
          },
        ],
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
      }),
      'SecurityGroups',
    ),
    DescribeNetworkAcls: paged(
      counts.networkAcls,
      (i) => ({
        NetworkAclId: hex('acl', i),
        VpcId: vpcOf(i),
        IsDefault: true,
        Entries: [
          {
            RuleNumber: 100,
            Protocol: '-1',
            RuleAction: 'allow',
            Egress: false,
            CidrBlock: '0.0.0.0/0',
          },
        ],
      }),
      'NetworkAcls',
    ),
    DescribeFlowLogs: paged(
      counts.flowLogs,
      (i) => ({ FlowLogId: hex('fl', i), ResourceId: vpcOf(i), FlowLogStatus: 'ACTIVE' }),
      'FlowLogs',
    ),
    DescribeVpcEndpoints: paged(
      counts.vpcEndpoints,
      (i) => ({
        VpcEndpointId: hex('vpce', i),
        VpcId: vpcOf(i),
        ServiceName: 'com.amazonaws.eu-west-1.s3',
        State: 'available',
      }),
      'VpcEndpoints',
    ),
    DescribeVpcPeeringConnections: paged(0, () => ({}), 'VpcPeeringConnections'),
    DescribeNetworkInterfaces: paged(
      counts.networkInterfaces,
      (i) => ({
        NetworkInterfaceId: hex('eni', i),
        VpcId: vpcOf(i),
        SubnetId: hex('subnet', i % counts.subnets),
        Status: i < counts.instances ? 'in-use' : 'available',
        Groups: [{ GroupId: hex('sg', i % counts.securityGroups) }],
      }),
      'NetworkInterfaces',
    ),
  };
  const cloudWatch: Record<string, Answer> = {
    ListMetrics: () => ({ Metrics: [] }),
    GetMetricData: (input) => ({
      MetricDataResults: ((input.MetricDataQueries ?? []) as { Id?: string }[]).map((q) => ({
        Id: q.Id,
        StatusCode: 'Complete',
        Timestamps: [new Date()],
        Values: [27.85],
      })),
    }),
  };
  return { counts, total, ec2, cloudWatch };

  function start(input: Record<string, unknown>): number {
    return input.NextToken ? Number(input.NextToken) : 0;
  }
}

/** Heap snapshots written (BENCH_HEAP_SNAPSHOT_MIB, BENCH_HEAP_SNAPSHOT_CALL). */
const snapshots: string[] = [];
/** Calls by operation, counted at the clients' send(). */
export const byOperation: Record<string, number> = {};

/** Answers at the clients' `send()`, keeping no call history (a mock's would be measured too). */
export function fake(
  clientClass: { prototype: object },
  answers: Record<string, Answer>,
  tag: string,
): void {
  (clientClass.prototype as { send: unknown }).send = async (command: {
    constructor: { name: string };
    input: Record<string, unknown>;
  }) => {
    const operation = command.constructor.name.replace(/Command$/, '');
    const answer = answers[operation];
    if (!answer)
      throw Object.assign(new Error(`${operation} is not faked`), {
        name: 'UnknownOperation',
        $metadata: {},
      });
    byOperation[operation] = (byOperation[operation] ?? 0) + 1;
    if (`${operation}:${byOperation[operation]}` === process.env.BENCH_HEAP_SNAPSHOT_CALL)
      snapshots.push(
        writeHeapSnapshot(
          join(tmpdir(), `cdz-heap-${tag}-${operation}-${process.pid}.heapsnapshot`),
        ),
      );
    return { $metadata: { httpStatusCode: 200 }, ...answer(command.input) };
  };
}

/**
 * Submits an EC2 and VPC scan of eu-west-1 with `authMode` to a runtime on a SQLite store of its
 * own (four units at a time) and waits for the scan's end: the scan, its units, and the process's
 * memory and time over it.
 */
export async function measuredScan(
  authMode: Record<string, unknown>,
  tag: string,
): Promise<{ scan: Scan; units: ScanUnit[]; figures: Record<string, unknown> }> {
  const { createRuntime } = await import('../src/cli/runtime.js');
  const { loadConfig } = await import('../src/config/config.js');
  const { TERMINAL_SCAN_STATUSES } = await import('../src/core/index.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'cdz-bench-memory-'));
  try {
    // The store's page cache is native memory, in the RSS but not in the heap: the product's
    // setting, CLOUDDIAGNOZE_SQLITE_CACHE_MIB, passes through to measure its share.
    const env = { CLOUDDIAGNOZE_DATA_DIR: dataDir } as Record<string, string>;
    const cacheMib = process.env.CLOUDDIAGNOZE_SQLITE_CACHE_MIB;
    if (cacheMib !== undefined) env.CLOUDDIAGNOZE_SQLITE_CACHE_MIB = cacheMib;
    const runtime = await createRuntime(loadConfig({ env }), {
      queue: 'private',
      logDestination: 'silent',
    });
    const worker = runtime.queue.process(runtime.runner.handle, { concurrency: 4 });
    // What the process holds before it scans: Node, tsx, the runtime, every scanner and SDK client.
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage();
    const snapshotAt = Number(process.env.BENCH_HEAP_SNAPSHOT_MIB ?? 0) * 2 ** 20;
    /** Where the RSS was when it peaked: V8's heap (committed, by space) against the rest. */
    let atPeakRss: Record<string, number> = {};
    let peakRss = 0;
    const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
    const sample = () => {
      const usage = process.memoryUsage();
      if (usage.rss > peakRss) {
        peakRss = usage.rss;
        atPeakRss = {
          rss: mib(usage.rss),
          heap_committed: mib(usage.heapTotal),
          heap_used: mib(usage.heapUsed),
          external: mib(usage.external),
          array_buffers: mib(usage.arrayBuffers),
          ...Object.fromEntries(
            getHeapSpaceStatistics()
              .filter((space) => space.space_size >= 2 ** 20)
              .map((space) => [`${space.space_name}_committed`, mib(space.space_size)]),
          ),
        };
      }
      if (snapshotAt > 0 && snapshots.length === 0 && usage.heapUsed > snapshotAt)
        snapshots.push(
          writeHeapSnapshot(join(tmpdir(), `cdz-heap-${tag}-${process.pid}.heapsnapshot`)),
        );
    };
    const watch = setInterval(sample, 10);
    const started = performance.now();
    const measured = await withPeakMemory(async () => {
      let scan: Scan = await runtime.scans.submit({
        provider: 'aws',
        services: ['ec2', 'vpc'],
        regions: ['eu-west-1'],
        client_id: 'BENCH',
        auth_mode: authMode,
      });
      while (!(TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) {
        await new Promise((r) => setTimeout(r, 20));
        scan = (await runtime.store.getScan(scan.id)) ?? scan;
      }
      return scan;
    });
    const wallSeconds = (performance.now() - started) / 1000;
    sample();
    clearInterval(watch);
    const scan = measured.result;
    const units = await runtime.store.listUnits(scan.id);
    await worker.close();
    await runtime.close();
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const calls = Object.values(byOperation).reduce((a, b) => a + b, 0);
    return {
      scan,
      units,
      figures: {
        wall_seconds: Number(wallSeconds.toFixed(2)),
        api_calls: calls,
        calls_by_operation: byOperation,
        rss_before_scan_mib: Math.round(before.rss / 2 ** 20),
        heap_before_scan_mib: Math.round(before.heapUsed / 2 ** 20),
        heap_committed_before_scan_mib: Math.round(before.heapTotal / 2 ** 20),
        peak_heap_mib: Math.round(measured.peakHeapMiB),
        peak_rss_mib: Math.round(measured.peakRssMiB),
        // The kernel's own high-water mark over the process's life: exact, where the 10 ms samples miss
        // the stretches a scan spends in promise jobs only (the fake clients answer without I/O).
        max_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024),
        at_peak_rss_mib: atPeakRss,
        ...(snapshots.length > 0 ? { heap_snapshots: snapshots } : {}),
        ...(gc ? { heap_after_gc_mib: Math.round(process.memoryUsage().heapUsed / 2 ** 20) } : {}),
      },
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Last: the module-level state above is initialized by then.
if (isMain(import.meta.url)) {
  const argument = process.argv[2];
  if (argument === undefined || argument === '--sizes') {
    const list = argument ? (process.argv[3] ?? '') : '100,10000,100000';
    await inOwnProcesses(
      'memory-synthetic',
      list.split(',').map((size) => ({ label: `size ${size}`, args: [size] })),
    );
  } else {
    await scanOnce(Number(argument));
  }
}
