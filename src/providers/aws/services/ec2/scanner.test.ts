import {
  CloudWatchClient,
  CloudWatchServiceException,
  GetMetricDataCommand,
  ListMetricsCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
  EC2ServiceException,
  type Instance,
} from '@aws-sdk/client-ec2';
import {
  GetProductsCommand,
  PricingClient,
  type GetProductsCommandInput,
} from '@aws-sdk/client-pricing';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCostMeter, type EventDraft } from '../../../../core/index.js';
import { MemoryCache } from '../../fixtures/cache.js';
import {
  ebsStorageProducts,
  idleAddressProducts,
  m3LargeProducts,
  snapshotStorageProducts,
} from '../../fixtures/price-list.js';
import { MAX_QUERIES_PER_CALL, QUERY_ID_PATTERN } from '../../cloudwatch.js';
import { expectOnlyDeclaredMetricTypes } from '../../testing/scanner-contract.js';
import { collectEc2 } from './collector.js';
import { unitContext } from './fixtures/context.js';
import {
  LEGACY,
  STOPPED,
  TERMINATED,
  WEB,
  describeAddresses,
  describeInstancesPage1,
  describeInstancesPage2,
  describeSnapshotsPage1,
  describeSnapshotsPage2,
  describeVolumes,
  listDiskMetrics,
  listMemoryMetrics,
} from './fixtures/sdk-responses.js';
import { INSTANCE_CLOUDWATCH_METRICS, VOLUME_CLOUDWATCH_METRICS } from './metrics.js';
import { ec2Scanner } from './scanner.js';

const ec2 = mockClient(EC2Client);
const cw = mockClient(CloudWatchClient);
const pricing = mockClient(PricingClient);
const OPTIONS = { metrics_window_days: 14, unit_timeout_seconds: 900 };

/** The Price List answers for eu-west-1, by what the request filters on. */
function answerPrices(): void {
  pricing.on(GetProductsCommand).callsFake((input: GetProductsCommandInput) => {
    const filter = (field: string) => input.Filters?.find((f) => f.Field === field)?.Value;
    if (input.ServiceCode === 'AmazonVPC') return { PriceList: idleAddressProducts };
    if (filter('productFamily') === 'Storage') return { PriceList: ebsStorageProducts };
    if (filter('productFamily') === 'Storage Snapshot')
      return { PriceList: snapshotStorageProducts };
    if (filter('instanceType') === 'm3.large') return { PriceList: m3LargeProducts };
    return { PriceList: [] };
  });
}
const ARN = 'arn:aws:ec2:eu-west-1:123456789012';

/** Every query gets one datapoint except LEGACY's CPU maximum, which has none. */
function metricData(input: GetMetricDataCommandInput) {
  return {
    MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
      const stat = q.MetricStat!;
      const instance = stat.Metric?.Dimensions?.find((d) => d.Name === 'InstanceId')?.Value;
      const noData =
        instance === LEGACY &&
        stat.Metric?.MetricName === 'CPUUtilization' &&
        stat.Stat === 'Maximum';
      const value =
        stat.Metric?.MetricName === 'disk_used_percent' ? 55 : stat.Stat === 'Maximum' ? 90 : 30;
      return { Id: q.Id, StatusCode: 'Complete' as const, Values: noData ? [] : [value] };
    }),
  };
}

function answerRegion(): void {
  ec2.on(DescribeInstancesCommand).resolves(describeInstancesPage2);
  ec2.on(DescribeInstancesCommand, { NextToken: undefined }).resolves(describeInstancesPage1);
  ec2.on(DescribeVolumesCommand).resolves(describeVolumes);
  ec2.on(DescribeAddressesCommand).resolves(describeAddresses);
  ec2.on(DescribeSnapshotsCommand).resolves(describeSnapshotsPage2);
  ec2.on(DescribeSnapshotsCommand, { NextToken: undefined }).resolves(describeSnapshotsPage1);
  cw.on(ListMetricsCommand, { MetricName: 'mem_used_percent' }).resolves(listMemoryMetrics);
  cw.on(ListMetricsCommand, { MetricName: 'disk_used_percent' }).resolves(listDiskMetrics);
  cw.on(GetMetricDataCommand).callsFake(metricData);
}

async function scan(ctx = unitContext()): Promise<EventDraft[]> {
  const events: EventDraft[] = [];
  for await (const event of ec2Scanner.scan(ctx)) events.push(event);
  return events;
}

function value(events: EventDraft[], resourceId: string, metricType: string) {
  return events.find((e) => e.resource_id === resourceId && e.metric_type === metricType)
    ?.metric_value;
}

function denied(
  name: string,
  Service: typeof EC2ServiceException | typeof CloudWatchServiceException,
) {
  return new Service({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: name === 'AuthFailure' ? 401 : 403 },
    message: `You are not authorized to perform this operation. (${name})`,
  });
}

beforeEach(() => {
  ec2.reset();
  cw.reset();
  pricing.reset();
});
afterEach(() => {
  ec2.reset();
  cw.reset();
  pricing.reset();
});

describe('ec2Scanner', () => {
  it('reports the instances of both DescribeInstances pages, their volumes and Elastic IPs', async () => {
    answerRegion();
    const events = await scan();

    const describeCalls = ec2.commandCalls(DescribeInstancesCommand);
    expect(describeCalls).toHaveLength(2);
    expect(describeCalls[0]!.args[0].input.MaxResults).toBe(1000);
    expect(ec2.commandCalls(DescribeVolumesCommand)[0]!.args[0].input.MaxResults).toBe(500);
    for (const id of [WEB, LEGACY, STOPPED, TERMINATED]) {
      expect(
        value(events, `${ARN}:instance/${id}`, 'aws.metadata.ec2.instance_type'),
      ).toBeDefined();
    }
    expect(value(events, `${ARN}:instance/${TERMINATED}`, 'aws.metadata.ec2.instance_state')).toBe(
      'terminated',
    );
    expect(
      value(events, `${ARN}:volume/vol-0a1b2c3d4e5f00006`, 'aws.metadata.ec2.volume_state'),
    ).toBe('available');
    expect(
      value(
        events,
        `${ARN}:elastic-ip/eipalloc-0a1b2c3d4e5f00002`,
        'aws.metadata.ec2.elastic_ip_associated',
      ),
    ).toBe(false);
    expect(
      value(
        events,
        `${ARN}:instance/${STOPPED}`,
        'aws.architecture.ec2.stopped_instance_volume_size_gib',
      ),
    ).toBe(250);
  });

  it('reads the agent metrics where the agent publishes them and says so where it does not', async () => {
    answerRegion();
    const events = await scan();

    const web = `${ARN}:instance/${WEB}`;
    const legacy = `${ARN}:instance/${LEGACY}`;
    expect(value(events, web, 'aws.performance.ec2.memory_used_percent.average')).toBe(30);
    expect(value(events, web, 'aws.performance.ec2.disk_used_percent.maximum_by_path')).toEqual({
      '/': 55,
      '/data': 55,
    });
    expect(value(events, web, 'aws.performance.ec2.agent_metrics_unavailable')).toBeUndefined();
    expect(
      value(events, legacy, 'aws.performance.ec2.memory_used_percent.average'),
    ).toBeUndefined();
    expect(value(events, legacy, 'aws.performance.ec2.agent_metrics_unavailable')).toMatchObject({
      metrics: ['mem_used_percent', 'disk_used_percent'],
      reason: 'agent_not_publishing',
    });
    // A statistic without datapoints is left out, not reported as zero.
    expect(value(events, legacy, 'aws.performance.ec2.cpu_utilization.average')).toBe(30);
    expect(value(events, legacy, 'aws.performance.ec2.cpu_utilization.maximum')).toBeUndefined();
    // The agent's series is queried with the smallest dimension set ListMetrics returned.
    const memoryQuery = cw
      .commandCalls(GetMetricDataCommand)
      .flatMap((c) => c.args[0].input.MetricDataQueries ?? [])
      .find((q) => q.MetricStat?.Metric?.MetricName === 'mem_used_percent');
    expect(memoryQuery?.MetricStat?.Metric?.Dimensions).toEqual([
      { Name: 'InstanceId', Value: WEB },
    ]);
  });

  it('queries the whole region in one hour-aligned window ending now, with no per-instance call', async () => {
    answerRegion();
    await scan();

    const calls = cw.commandCalls(GetMetricDataCommand);
    // Three live instances × the EC2 set, + WEB's memory (2) and disk paths (2), + the five
    // attached volumes × the EBS set (and burst balance for the two gp2): one call.
    expect(calls).toHaveLength(1);
    const input = calls[0]!.args[0].input;
    const perVolume = VOLUME_CLOUDWATCH_METRICS.length - 1;
    expect(input.MetricDataQueries).toHaveLength(
      3 * INSTANCE_CLOUDWATCH_METRICS.length + 4 + 5 * perVolume + 2,
    );
    expect(input.StartTime).toEqual(new Date('2026-11-06T10:00:00Z'));
    expect(input.EndTime).toEqual(new Date('2026-11-20T10:00:00Z'));
    const queried = new Set(
      input.MetricDataQueries!.map((q) => q.MetricStat?.Metric?.Dimensions?.[0]?.Value),
    );
    expect(queried).toEqual(
      new Set([WEB, LEGACY, STOPPED, ...[1, 2, 3, 4, 5].map((n) => `vol-0a1b2c3d4e5f0000${n}`)]),
    );
    expect(cw.commandCalls(ListMetricsCommand)).toHaveLength(2);
    // Two DescribeInstances pages, two DescribeSnapshots pages, volumes, addresses.
    expect(ec2.calls()).toHaveLength(6);
    expect(ec2.commandCalls(DescribeSnapshotsCommand)[0]!.args[0].input).toMatchObject({
      OwnerIds: ['self'],
      MaxResults: 1000,
    });
  });

  it('batches a large region in ceil(queries / 500) GetMetricData calls plus NextToken pages', async () => {
    const instances: Instance[] = Array.from({ length: 120 }, (_, i) => ({
      InstanceId: `i-${String(i).padStart(17, '0')}`,
      InstanceType: 'c5.large',
      State: { Code: 16, Name: 'running' },
      Placement: { AvailabilityZone: `eu-west-1${'abc'[i % 3]}` },
    }));
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: instances }] });
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [] });
    ec2.on(DescribeAddressesCommand).resolves({ Addresses: [] });
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] });
    cw.on(ListMetricsCommand).resolves({ Metrics: [] });
    let firstCall = true;
    cw.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
      const page = metricData(input);
      if (!firstCall || input.NextToken) return page;
      firstCall = false;
      return { ...page, NextToken: 'more-datapoints' };
    });

    const events = await scan();

    const queries = 120 * INSTANCE_CLOUDWATCH_METRICS.length;
    const calls = cw.commandCalls(GetMetricDataCommand);
    expect(calls).toHaveLength(Math.ceil(queries / MAX_QUERIES_PER_CALL) + 1);
    for (const call of calls) {
      const sent = call.args[0].input.MetricDataQueries ?? [];
      expect(sent.length).toBeLessThanOrEqual(MAX_QUERIES_PER_CALL);
      expect(sent.every((q) => QUERY_ID_PATTERN.test(q.Id ?? ''))).toBe(true);
    }
    const cpu = events.filter(
      (e) => e.metric_type === 'aws.performance.ec2.cpu_utilization.average',
    );
    expect(cpu).toHaveLength(120);
    expect(ec2.calls()).toHaveLength(4);
    expect(
      value(events, `${ARN}:region/eu-west-1`, 'aws.architecture.ec2.running_instances_by_az'),
    ).toEqual({
      'eu-west-1a': 40,
      'eu-west-1b': 40,
      'eu-west-1c': 40,
    });
  });

  it('still reports the inventory when CloudWatch denies access, with one explicit event per instance', async () => {
    answerRegion();
    cw.on(ListMetricsCommand).rejects(denied('AccessDenied', CloudWatchServiceException));
    cw.on(GetMetricDataCommand).rejects(denied('AccessDenied', CloudWatchServiceException));

    const events = await scan();

    expect(value(events, `${ARN}:instance/${WEB}`, 'aws.metadata.ec2.instance_type')).toBe(
      't3.medium',
    );
    const unavailable = events.filter(
      (e) => e.metric_type === 'aws.performance.ec2.performance_data_unavailable',
    );
    expect(unavailable.map((e) => e.resource_id)).toEqual(
      [WEB, LEGACY, STOPPED].map((id) => `${ARN}:instance/${id}`),
    );
    expect(unavailable[0]!.metric_value).toMatchObject({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
    expect(events.some((e) => e.metric_type.startsWith('aws.performance.ec2.cpu_'))).toBe(false);
  });

  it('keeps the EC2 statistics when only ListMetrics is denied', async () => {
    answerRegion();
    cw.on(ListMetricsCommand).rejects(denied('AccessDenied', CloudWatchServiceException));

    const events = await scan();

    const web = `${ARN}:instance/${WEB}`;
    expect(value(events, web, 'aws.performance.ec2.cpu_utilization.average')).toBe(30);
    expect(value(events, web, 'aws.performance.ec2.agent_metrics_unavailable')).toMatchObject({
      reason: 'list_metrics_failed',
      error_code: 'AccessDenied',
    });
  });

  it('reports the inventory when only DescribeSnapshots is denied, and says the snapshots are unknown', async () => {
    answerRegion();
    ec2.on(DescribeSnapshotsCommand).rejects(denied('UnauthorizedOperation', EC2ServiceException));

    const events = await scan();

    expect(value(events, `${ARN}:instance/${WEB}`, 'aws.metadata.ec2.instance_type')).toBe(
      't3.medium',
    );
    expect(value(events, `${ARN}:region/eu-west-1`, 'aws.metadata.ec2.snapshots_unavailable')).toBe(
      'ec2:DescribeSnapshots failed: UnauthorizedOperation',
    );
    expect(events.some((e) => e.resource_id.includes(':snapshot/'))).toBe(false);
  });

  it('keeps only the snapshots the account owns when the endpoint ignores OwnerIds self', async () => {
    answerRegion();
    ec2.on(DescribeSnapshotsCommand).resolves({
      Snapshots: [
        { SnapshotId: 'snap-0000000000000mine', OwnerId: '123456789012', VolumeSize: 8 },
        { SnapshotId: 'snap-00000000000public', OwnerId: '099720109477', VolumeSize: 8 },
        { SnapshotId: 'snap-000000000000nobody', VolumeSize: 8 },
      ],
    });

    const events = await scan();
    const snapshots = new Set(
      events.filter((e) => e.resource_id.includes(':snapshot/')).map((e) => e.resource_id),
    );

    expect([...snapshots]).toEqual(['arn:aws:ec2:eu-west-1::snapshot/snap-0000000000000mine']);
  });

  it.each([
    ['UnauthorizedOperation', 'access denied on DescribeInstances'],
    ['AuthFailure', 'a region the account has not opted in to'],
  ])('lets %s (%s) fail the unit with the SDK error', async (code) => {
    answerRegion();
    ec2.on(DescribeInstancesCommand).rejects(denied(code, EC2ServiceException));

    await expect(scan()).rejects.toMatchObject({ name: code });
  });

  it('stops when the unit is cancelled instead of reporting a partial region', async () => {
    answerRegion();
    const controller = new AbortController();
    controller.abort(new Error('unit timed out'));

    await expect(scan(unitContext({ signal: controller.signal }))).rejects.toThrow(
      'unit timed out',
    );
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(0);
  });

  it('calls exactly the IAM actions it declares', async () => {
    answerRegion();
    answerPrices();
    await collectEc2(unitContext({ options: { ...OPTIONS, cost: true } }));

    const action = (service: string) => (call: { args: unknown[] }) =>
      `${service}:${(call.args[0] as object).constructor.name.replace(/Command$/, '')}`;
    const called = [
      ...ec2.calls().map(action('ec2')),
      ...cw.calls().map(action('cloudwatch')),
      ...pricing.calls().map(action('pricing')),
    ];
    expect(new Set(called)).toEqual(new Set(ec2Scanner.permissions));
  });

  it('emits only metric types its catalogue declares, with matching value types', async () => {
    answerRegion();
    expectOnlyDeclaredMetricTypes(ec2Scanner, await scan());
  });
});

describe('ec2Scanner: derived signals, waste in dollars and the scan cost', () => {
  /** LEGACY idles: 2 % CPU and a few MB of network; its gp2 volume ran out of burst credits. */
  function quietLegacy(input: GetMetricDataCommandInput) {
    const page = metricData(input);
    for (const [i, q] of (input.MetricDataQueries ?? []).entries()) {
      const dims = q.MetricStat?.Metric?.Dimensions ?? [];
      const name = q.MetricStat?.Metric?.MetricName;
      if (dims[0]?.Value === LEGACY && name !== 'CPUUtilization')
        page.MetricDataResults[i]!.Values = [1000];
      else if (dims[0]?.Value === LEGACY) page.MetricDataResults[i]!.Values = [2];
      if (dims[0]?.Value === 'vol-0a1b2c3d4e5f00003') page.MetricDataResults[i]!.Values = [0];
    }
    return page;
  }

  it('flags idle instances, volumes without I/O and exhausted burst credits from the metrics', async () => {
    answerRegion();
    cw.on(GetMetricDataCommand).callsFake(quietLegacy);

    const events = await scan();

    expect(value(events, `${ARN}:instance/${LEGACY}`, 'aws.architecture.ec2.idle_instance')).toBe(
      true,
    );
    expect(value(events, `${ARN}:instance/${WEB}`, 'aws.architecture.ec2.idle_instance')).toBe(
      false,
    );
    // WEB's p95 CPU (90) is not below 40 %: not a rightsizing candidate.
    expect(
      value(events, `${ARN}:instance/${WEB}`, 'aws.architecture.ec2.overprovisioned_instance'),
    ).toBe(false);
    const legacyVolume = `${ARN}:volume/vol-0a1b2c3d4e5f00003`;
    expect(value(events, legacyVolume, 'aws.architecture.ec2.volume_without_io')).toBe(true);
    expect(value(events, legacyVolume, 'aws.architecture.ec2.volume_burst_credits_exhausted')).toBe(
      true,
    );
    expect(
      value(
        events,
        `${ARN}:volume/vol-0a1b2c3d4e5f00006`,
        'aws.architecture.ec2.volume_without_io',
      ),
    ).toBe(true);
    expect(
      value(
        events,
        `${ARN}:volume/vol-0a1b2c3d4e5f00001`,
        'aws.performance.ec2.volume_read_ops.sum',
      ),
    ).toBe(30);
    expect(
      value(
        events,
        'arn:aws:ec2:eu-west-1::snapshot/snap-0a1b2c3d4e5f00002',
        'aws.architecture.ec2.old_snapshot',
      ),
    ).toBe(true);
    // Without options.cost, nothing is priced.
    expect(pricing.calls()).toHaveLength(0);
    expect(events.some((e) => e.metric_type.startsWith('aws.cost.ec2.'))).toBe(false);
  });

  it('prices the waste with the region price list, and a second scan the same day asks nothing', async () => {
    answerRegion();
    answerPrices();
    cw.on(GetMetricDataCommand).callsFake(quietLegacy);
    const cache = new MemoryCache();
    const ctx = () => unitContext({ options: { ...OPTIONS, cost: true }, cache });

    const events = await scan(ctx());

    const waste = (id: string) => value(events, id, 'aws.cost.ec2.estimated_monthly_waste_usd');
    expect(waste(`${ARN}:volume/vol-0a1b2c3d4e5f00006`)).toBe(55); // 500 GiB gp2 × 0.11
    expect(waste(`${ARN}:elastic-ip/eipalloc-0a1b2c3d4e5f00002`)).toBe(3.65); // 730 h × 0.005
    expect(waste(`${ARN}:instance/${LEGACY}`)).toBe(106.58); // 730 h × 0.146
    expect(waste('arn:aws:ec2:eu-west-1::snapshot/snap-0a1b2c3d4e5f00002')).toBe(6.4); // 128 GiB × 0.05
    expect(waste(`${ARN}:instance/${WEB}`)).toBeUndefined();
    expect(value(events, `${ARN}:instance/${LEGACY}`, 'aws.cost.ec2.waste_estimate')).toEqual({
      reason: 'idle_instance',
      quantity: 730,
      unit: 'Hrs',
      unit_price_usd: 0.146,
      hours_per_month: 730,
      monthly_usd: 106.58,
      currency: 'USD',
      price_source: 'AWS Price List, on-demand, eu-west-1',
    });
    expect(pricing.calls()).toHaveLength(4);

    pricing.resetHistory();
    const again = await scan(ctx());
    expect(pricing.calls()).toHaveLength(0);
    expect(
      value(again, `${ARN}:instance/${LEGACY}`, 'aws.cost.ec2.estimated_monthly_waste_usd'),
    ).toBe(106.58);
  });

  it('reports a denied Price List as a fact of the region and keeps everything else', async () => {
    answerRegion();
    pricing
      .on(GetProductsCommand)
      .rejects(denied('AccessDeniedException', CloudWatchServiceException));

    const events = await scan(unitContext({ options: { ...OPTIONS, cost: true } }));

    expect(
      value(events, `${ARN}:region/eu-west-1`, 'aws.cost.ec2.pricing_unavailable'),
    ).toMatchObject({
      error_code: 'AccessDeniedException',
    });
    expect(value(events, `${ARN}:instance/${WEB}`, 'aws.metadata.ec2.instance_type')).toBe(
      't3.medium',
    );
  });

  it('counts what GetMetricData cost and reports it as the unit scan cost', async () => {
    answerRegion();
    const meter = new ApiCostMeter();

    const events = await scan(unitContext({ meter }));

    const sent = cw
      .commandCalls(GetMetricDataCommand)
      .reduce((n, c) => n + (c.args[0].input.MetricDataQueries?.length ?? 0), 0);
    expect(meter.breakdown()).toEqual({
      'cloudwatch:GetMetricData': { requests: 1, units: sent, usd: sent / 100_000 },
    });
    const region = `${ARN}:region/eu-west-1`;
    expect(value(events, region, 'aws.cost.account.scan_api_cost_usd')).toBe(sent / 100_000);
    expect(value(events, region, 'aws.cost.account.scan_paid_api_calls')).toEqual({
      'cloudwatch:GetMetricData': { requests: 1, units: sent, usd: sent / 100_000 },
    });
  });

  it('leaves out a statistic CloudWatch failed to compute (InternalError), keeps the others', async () => {
    answerRegion();
    cw.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
      const page = metricData(input);
      for (const [i, q] of (input.MetricDataQueries ?? []).entries()) {
        if (q.MetricStat?.Metric?.MetricName === 'NetworkIn')
          Object.assign(page.MetricDataResults[i]!, { StatusCode: 'InternalError', Values: [] });
      }
      return page;
    });

    const events = await scan();

    const web = `${ARN}:instance/${WEB}`;
    expect(value(events, web, 'aws.performance.ec2.network_in_bytes.sum')).toBeUndefined();
    expect(value(events, web, 'aws.performance.ec2.network_out_bytes.sum')).toBe(30);
    // Without network in, idleness cannot be decided: no guess either way.
    expect(value(events, web, 'aws.architecture.ec2.idle_instance')).toBeUndefined();
  });
});
