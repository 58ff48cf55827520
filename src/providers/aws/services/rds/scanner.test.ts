import {
  DescribeDBClustersCommand,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
  RDSServiceException,
} from '@aws-sdk/client-rds';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { GetProductsCommand, PricingClient } from '@aws-sdk/client-pricing';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue, type EventDraft, type ScanOptions } from '../../../../core/index.js';
import {
  drainEvents,
  FAKE_CREDENTIALS,
  fakeClients,
  unitContext,
  valueOf,
} from './fixtures/context.js';
import { dbR6gLargeProducts } from '../../fixtures/price-list.js';
import * as fx from './fixtures/region.js';
import { RDS_METRIC, RDS_METRICS } from './metrics.js';
import { rdsScanner } from './scanner.js';

const rdsMock = mockClient(RDSClient);
const cwMock = mockClient(CloudWatchClient);
const pricingMock = mockClient(PricingClient);
const REGION_ID = 'arn:aws:rds:eu-west-1:123456789012:region/eu-west-1';

/** Marker of each DescribeDBInstances call, as sent (the paginator reuses its input object). */
let instanceMarkers: (string | undefined)[] = [];
/** Inputs of the snapshot list calls, copied when sent. */
let snapshotListInputs: Record<string, unknown>[] = [];

function denied(operation: string): RDSServiceException {
  return new RDSServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    $metadata: { httpStatusCode: 403 },
    message: `User: arn:aws:sts::123456789012:assumed-role/scanner/session is not authorized to perform: rds:${operation}`,
  });
}

function mockRegion(): void {
  rdsMock
    .on(DescribeDBInstancesCommand)
    .callsFake((input: { Marker?: string }) => {
      instanceMarkers.push(input.Marker);
      return input.Marker === 'db-page-2'
        ? fx.describeDBInstancesPage2
        : fx.describeDBInstancesPage1;
    })
    .on(DescribeDBClustersCommand)
    .resolves(fx.describeDBClusters)
    .on(DescribeDBSnapshotsCommand)
    .callsFake((input: Record<string, unknown>) => {
      snapshotListInputs.push({ ...input });
      return fx.describeDBSnapshots;
    })
    .on(DescribeDBClusterSnapshotsCommand)
    .callsFake((input: Record<string, unknown>) => {
      snapshotListInputs.push({ ...input });
      return fx.describeDBClusterSnapshots;
    })
    .on(DescribeDBSnapshotAttributesCommand)
    .callsFake((input: { DBSnapshotIdentifier: string }) => {
      const answer = fx.snapshotAttributes[input.DBSnapshotIdentifier];
      if (!answer) throw new Error(`unexpected snapshot ${input.DBSnapshotIdentifier}`);
      return answer;
    })
    .on(DescribeDBClusterSnapshotAttributesCommand)
    .callsFake((input: { DBClusterSnapshotIdentifier: string }) => {
      const answer = fx.clusterSnapshotAttributes[input.DBClusterSnapshotIdentifier];
      if (!answer) throw new Error(`unexpected snapshot ${input.DBClusterSnapshotIdentifier}`);
      return answer;
    });
}

async function scan(options: Partial<ScanOptions> = {}): Promise<EventDraft[]> {
  const clients = fakeClients(
    fx.REGION,
    new RDSClient({ region: fx.REGION, credentials: FAKE_CREDENTIALS }),
    new CloudWatchClient({ region: fx.REGION, credentials: FAKE_CREDENTIALS }),
    new PricingClient({ region: 'us-east-1', credentials: FAKE_CREDENTIALS }),
  );
  const ctx = unitContext(clients);
  return drainEvents(rdsScanner.scan({ ...ctx, options: { ...ctx.options, ...options } }));
}

beforeEach(() => {
  rdsMock.reset();
  cwMock.reset();
  pricingMock.reset();
  cwMock.on(GetMetricDataCommand).resolves({ MetricDataResults: [] });
  instanceMarkers = [];
  snapshotListInputs = [];
  mockRegion();
});

describe('rdsScanner collection', () => {
  it('follows Marker across pages of DB instances, 100 records at a time', async () => {
    const events = await scan();

    expect(instanceMarkers).toEqual([undefined, 'db-page-2']);
    expect(rdsMock.commandCalls(DescribeDBInstancesCommand)[0]!.args[0].input.MaxRecords).toBe(100);
    expect(valueOf(events, fx.ARN.billing, RDS_METRIC.engine)).toBe('mysql');
    expect(valueOf(events, REGION_ID, RDS_METRIC.dbInstanceCount)).toBe(6);
  });

  it('lists only manual snapshots of this account, then reads sharing once per manual snapshot', async () => {
    await scan();

    expect(snapshotListInputs).toHaveLength(2);
    for (const input of snapshotListInputs) {
      expect(input).toMatchObject({
        SnapshotType: 'manual',
        IncludePublic: false,
        IncludeShared: false,
        MaxRecords: 100,
      });
    }
    expect(rdsMock.commandCalls(DescribeDBSnapshotAttributesCommand)).toHaveLength(3);
    expect(rdsMock.commandCalls(DescribeDBClusterSnapshotAttributesCommand)).toHaveLength(1);
    // Four lists, a second page of instances, and one sharing read per manual snapshot.
    expect(rdsMock.calls()).toHaveLength(4 + 1 + 4);
  });

  it('fails the unit when DescribeDBInstances is denied', async () => {
    rdsMock.on(DescribeDBInstancesCommand).rejects(denied('DescribeDBInstances'));

    await expect(scan()).rejects.toMatchObject({ name: 'AccessDenied' });
  });

  it('records a denied snapshot attribute read on the snapshot and goes on', async () => {
    rdsMock
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'reporting-pg-export' })
      .rejects(denied('DescribeDBSnapshotAttributes'));

    const events = await scan();

    expect(valueOf(events, fx.ARN.reportingSnapshot, RDS_METRIC.snapshotSharingError)).toBe(
      'AccessDenied',
    );
    expect(valueOf(events, fx.ARN.reportingSnapshot, RDS_METRIC.snapshotPublic)).toBeUndefined();
    expect(valueOf(events, fx.ARN.reportingSnapshot, RDS_METRIC.storageEncrypted)).toBe(false);
    expect(valueOf(events, fx.ARN.analyticsSnapshot, RDS_METRIC.snapshotPublic)).toBe(true);
    expect(valueOf(events, REGION_ID, RDS_METRIC.publicSnapshotCount)).toBe(1);
  });

  it('degrades the snapshot, not the unit, on a 5xx from a snapshot attribute read', async () => {
    rdsMock.on(DescribeDBClusterSnapshotAttributesCommand).rejects(
      new RDSServiceException({
        name: 'InternalFailure',
        $fault: 'server',
        $metadata: { httpStatusCode: 500 },
        message: 'internal failure',
      }),
    );

    const events = await scan();

    expect(valueOf(events, fx.ARN.analyticsSnapshot, RDS_METRIC.snapshotSharingError)).toBe(
      'InternalFailure',
    );
    expect(valueOf(events, fx.ARN.analyticsSnapshot, RDS_METRIC.snapshotPublic)).toBeUndefined();
    expect(valueOf(events, fx.ARN.reportingSnapshot, RDS_METRIC.snapshotPublic)).toBeTypeOf(
      'boolean',
    );
  });

  it('keeps only the snapshots the account owns', async () => {
    rdsMock.on(DescribeDBSnapshotsCommand).resolves({
      DBSnapshots: [
        {
          DBSnapshotIdentifier: 'someone-elses',
          DBSnapshotArn: `arn:aws:rds:eu-west-1:210987654321:snapshot:someone-elses`,
          Engine: 'postgres',
        },
      ],
    });

    const events = await scan();

    expect(events.some((e) => e.resource_id.includes('someone-elses'))).toBe(false);
  });
});

describe('rdsScanner facts', () => {
  let events: EventDraft[];
  beforeEach(async () => {
    events = await scan();
  });

  it('declares every metric it emits, with the value type it emits', () => {
    const catalogue = new MetricCatalogue(RDS_METRICS);
    for (const event of events) {
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
    }
    // Only the sharing error is missing here: every attribute read succeeds in this fixture.
    const emitted = new Set(events.map((e) => e.metric_type));
    expect(Object.values(RDS_METRIC).filter((m) => !emitted.has(m))).toEqual([
      RDS_METRIC.snapshotSharingError,
    ]);
  });

  it('describes an instance: engine, class, storage, encryption, network and settings', () => {
    const id = fx.ARN.orders;
    expect(valueOf(events, id, RDS_METRIC.engine)).toBe('mysql');
    expect(valueOf(events, id, RDS_METRIC.engineVersion)).toBe('8.0.35');
    expect(valueOf(events, id, RDS_METRIC.instanceClass)).toBe('db.m6g.large');
    expect(valueOf(events, id, RDS_METRIC.storageType)).toBe('gp3');
    expect(valueOf(events, id, RDS_METRIC.allocatedStorageGib)).toBe(100);
    expect(valueOf(events, id, RDS_METRIC.maxAllocatedStorageGib)).toBe(500);
    expect(valueOf(events, id, RDS_METRIC.storageAutoscalingEnabled)).toBe(true);
    expect(valueOf(events, id, RDS_METRIC.storageEncrypted)).toBe(true);
    expect(valueOf(events, id, RDS_METRIC.kmsKeyId)).toMatch(/^arn:aws:kms:eu-west-1:/);
    expect(valueOf(events, id, RDS_METRIC.subnetGroup)).toBe('prod-db');
    expect(valueOf(events, id, RDS_METRIC.vpcId)).toBe('vpc-0a11a11a11a11a11a');
    expect(valueOf(events, id, RDS_METRIC.iamDatabaseAuthenticationEnabled)).toBe(true);
    expect(valueOf(events, id, RDS_METRIC.performanceInsightsEnabled)).toBe(true);
    expect(valueOf(events, id, RDS_METRIC.enhancedMonitoringEnabled)).toBe(true);
    expect(valueOf(events, id, RDS_METRIC.enhancedMonitoringIntervalSeconds)).toBe(60);
    expect(valueOf(events, id, RDS_METRIC.caCertificateIdentifier)).toBe('rds-ca-rsa2048-g1');
    expect(valueOf(events, id, RDS_METRIC.parameterGroups)).toEqual(['orders-mysql80']);
    expect(valueOf(events, id, RDS_METRIC.tags)).toEqual({ env: 'production', team: 'checkout' });

    expect(valueOf(events, fx.ARN.reporting, RDS_METRIC.storageAutoscalingEnabled)).toBe(false);
    expect(valueOf(events, fx.ARN.reporting, RDS_METRIC.kmsKeyId)).toBeUndefined();
    expect(valueOf(events, fx.ARN.reporting, RDS_METRIC.publiclyAccessible)).toBe(true);
    expect(valueOf(events, fx.ARN.reporting, RDS_METRIC.enhancedMonitoringEnabled)).toBe(false);
  });

  it('reports Multi-AZ and single-AZ production databases', () => {
    expect(valueOf(events, fx.ARN.orders, RDS_METRIC.multiAz)).toBe(true);
    expect(valueOf(events, fx.ARN.orders, RDS_METRIC.singleAzProduction)).toBe(false);
    // Environment=Prod, whatever the case of the tag.
    expect(valueOf(events, fx.ARN.reporting, RDS_METRIC.singleAzProduction)).toBe(true);
    // A burstable class without an environment tag is a sandbox.
    expect(valueOf(events, fx.ARN.sandbox, RDS_METRIC.singleAzProduction)).toBe(false);
    // The env tag decides over the burstable class.
    expect(valueOf(events, fx.ARN.billing, RDS_METRIC.singleAzProduction)).toBe(true);
    expect(valueOf(events, fx.ARN.analyticsCluster, RDS_METRIC.multiAz)).toBe(true);
    expect(valueOf(events, fx.ARN.analyticsCluster, RDS_METRIC.singleAzProduction)).toBe(false);
    expect(valueOf(events, fx.ARN.stagingCluster, RDS_METRIC.singleAzProduction)).toBe(false);
  });

  it('reports availability and backups of an Aurora cluster on the cluster, not its instances', () => {
    expect(valueOf(events, fx.ARN.analyticsWriter, RDS_METRIC.clusterIdentifier)).toBe('analytics');
    expect(valueOf(events, fx.ARN.analyticsWriter, RDS_METRIC.multiAz)).toBeUndefined();
    expect(
      valueOf(events, fx.ARN.analyticsWriter, RDS_METRIC.backupRetentionPeriodDays),
    ).toBeUndefined();
    expect(valueOf(events, fx.ARN.analyticsWriter, RDS_METRIC.allocatedStorageGib)).toBeUndefined();
    expect(valueOf(events, fx.ARN.analyticsCluster, RDS_METRIC.clusterMembers)).toEqual([
      'analytics-reader',
      'analytics-writer',
    ]);
    expect(
      valueOf(events, fx.ARN.analyticsCluster, RDS_METRIC.allocatedStorageGib),
    ).toBeUndefined();
    expect(valueOf(events, fx.ARN.analyticsCluster, RDS_METRIC.deletionProtection)).toBe(true);
    expect(valueOf(events, fx.ARN.analyticsCluster, RDS_METRIC.parameterGroups)).toEqual([
      'analytics-aurora-pg13',
    ]);
    // Aurora keeps Performance Insights and monitoring on its instances.
    expect(
      valueOf(events, fx.ARN.analyticsCluster, RDS_METRIC.performanceInsightsEnabled),
    ).toBeUndefined();
    expect(valueOf(events, fx.ARN.analyticsWriter, RDS_METRIC.performanceInsightsEnabled)).toBe(
      true,
    );
  });

  it('flags databases without automated backups', () => {
    expect(valueOf(events, fx.ARN.reporting, RDS_METRIC.backupRetentionPeriodDays)).toBe(0);
    expect(valueOf(events, fx.ARN.reporting, RDS_METRIC.automatedBackupsEnabled)).toBe(false);
    expect(valueOf(events, fx.ARN.orders, RDS_METRIC.automatedBackupsEnabled)).toBe(true);
  });

  it('counts the days to the end of standard support from the scan clock', () => {
    const days = (id: string) =>
      valueOf(events, id, RDS_METRIC.engineDaysUntilEndOfStandardSupport);
    expect(valueOf(events, fx.ARN.orders, RDS_METRIC.engineEndOfStandardSupportDate)).toBe(
      '2026-07-31',
    );
    expect(days(fx.ARN.orders)).toBe(-112);
    expect(days(fx.ARN.reporting)).toBe(100);
    expect(days(fx.ARN.billing)).toBe(-995);
    expect(days(fx.ARN.analyticsCluster)).toBe(-265);
    expect(valueOf(events, fx.ARN.stagingCluster, RDS_METRIC.engineEndOfStandardSupportDate)).toBe(
      '2024-10-31',
    );
  });

  it('reports which manual snapshots anyone may restore, and with whom others are shared', () => {
    expect(valueOf(events, fx.ARN.reportingSnapshot, RDS_METRIC.snapshotPublic)).toBe(true);
    expect(valueOf(events, fx.ARN.ordersSnapshot, RDS_METRIC.snapshotPublic)).toBe(false);
    expect(valueOf(events, fx.ARN.billingSnapshot, RDS_METRIC.snapshotPublic)).toBe(false);
    expect(valueOf(events, fx.ARN.billingSnapshot, RDS_METRIC.snapshotSharedWithAccounts)).toEqual([
      '210987654321',
    ]);
    expect(valueOf(events, fx.ARN.analyticsSnapshot, RDS_METRIC.snapshotPublic)).toBe(true);
    expect(
      valueOf(events, fx.ARN.analyticsSnapshot, RDS_METRIC.snapshotSharedWithAccounts),
    ).toEqual(['210987654321']);
    expect(valueOf(events, fx.ARN.ordersSnapshot, RDS_METRIC.snapshotSource)).toBe('orders-db');
    expect(valueOf(events, fx.ARN.ordersSnapshot, RDS_METRIC.snapshotCreateTime)).toBe(
      '2026-09-01T02:00:00.000Z',
    );
    expect(valueOf(events, REGION_ID, RDS_METRIC.publicSnapshotCount)).toBe(2);
    expect(valueOf(events, REGION_ID, RDS_METRIC.manualSnapshotCount)).toBe(4);
  });
});

describe('rdsScanner declaration', () => {
  it('is a regional scanner whose permissions are exactly the calls it makes', async () => {
    // billing-legacy idles, so a cost-enabled scan prices it.
    cwMock.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => ({
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => ({
        Id: q.Id,
        StatusCode: 'Complete',
        Values: [q.MetricStat?.Metric?.Dimensions?.[0]?.Value === 'billing-legacy' ? 0 : 50],
      })),
    }));
    pricingMock.on(GetProductsCommand).resolves({ PriceList: [] });
    await scan({ cost: true });
    const name = (service: string) => (c: { args: unknown[] }) => {
      const command = c.args[0] as { constructor: { name: string } };
      return `${service}:${command.constructor.name.replace(/Command$/, '')}`;
    };
    const called = [
      ...rdsMock.calls().map(name('rds')),
      ...cwMock.calls().map(name('cloudwatch')),
      ...pricingMock.calls().map(name('pricing')),
    ];
    expect(rdsScanner.scope).toBe('regional');
    expect([...rdsScanner.permissions].sort()).toEqual([...new Set(called)].sort());
  });
});

describe('rdsScanner performance', () => {
  /** billing-legacy idles (CPU 1 %, no connection); its gp2 storage ran out of burst credits. */
  function answerMetrics(): void {
    cwMock.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => ({
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const idle = q.MetricStat?.Metric?.Dimensions?.[0]?.Value === 'billing-legacy';
        const name = q.MetricStat?.Metric?.MetricName;
        let value = name === 'CPUUtilization' ? 62 : 25;
        if (idle) value = name === 'CPUUtilization' ? 1 : 0;
        return { Id: q.Id, StatusCode: 'Complete', Values: [value] };
      }),
    }));
  }

  it('asks every instance its statistics in one GetMetricData call', async () => {
    answerMetrics();
    const events = await scan();

    const calls = cwMock.commandCalls(GetMetricDataCommand);
    expect(calls).toHaveLength(1);
    const queries = calls[0]!.args[0].input.MetricDataQueries ?? [];
    const of = (id: string) =>
      queries
        .filter((q) => q.MetricStat?.Metric?.Dimensions?.[0]?.Value === id)
        .map((q) => `${q.MetricStat?.Metric?.MetricName}:${q.MetricStat?.Stat}`);
    // Aurora storage is the cluster's: no FreeStorageSpace; gp2 storage has a burst balance.
    expect(of('analytics-writer')).not.toContain('FreeStorageSpace:Minimum');
    expect(of('billing-legacy')).toContain('BurstBalance:Minimum');
    expect(of('orders-db')).not.toContain('BurstBalance:Minimum');
    expect(of('orders-db')).toContain('CPUUtilization:p95');
    expect(valueOf(events, fx.ARN.orders, 'aws.performance.rds.cpu_utilization.p95')).toBe(62);
    expect(valueOf(events, fx.ARN.orders, 'aws.performance.rds.read_latency_seconds.p95')).toBe(25);
  });

  it('flags idle and burst-exhausted databases and prices the idle ones', async () => {
    answerMetrics();
    pricingMock.on(GetProductsCommand).resolves({ PriceList: dbR6gLargeProducts });
    const events = await scan({ cost: true });

    expect(valueOf(events, fx.ARN.billing, 'aws.architecture.rds.idle_database')).toBe(true);
    expect(valueOf(events, fx.ARN.orders, 'aws.architecture.rds.idle_database')).toBe(false);
    expect(valueOf(events, fx.ARN.billing, 'aws.architecture.rds.burst_credits_exhausted')).toBe(
      true,
    );
    expect(valueOf(events, fx.ARN.billing, 'aws.cost.rds.estimated_monthly_waste_usd')).toBe(
      188.34,
    );
    expect(valueOf(events, fx.ARN.orders, 'aws.cost.rds.estimated_monthly_waste_usd')).toBe(
      undefined,
    );
    const request = pricingMock.commandCalls(GetProductsCommand)[0]!.args[0].input;
    expect(request.ServiceCode).toBe('AmazonRDS');
    expect(request.Filters).toEqual(
      expect.arrayContaining([
        { Type: 'TERM_MATCH', Field: 'instanceType', Value: 'db.t3.medium' },
        { Type: 'TERM_MATCH', Field: 'databaseEngine', Value: 'MySQL' },
        { Type: 'TERM_MATCH', Field: 'deploymentOption', Value: 'Single-AZ' },
      ]),
    );
  });

  it('says so on each instance when CloudWatch refuses, and keeps the inventory', async () => {
    cwMock.on(GetMetricDataCommand).rejects(
      Object.assign(new Error('not authorized to perform: cloudwatch:GetMetricData'), {
        name: 'AccessDenied',
      }),
    );
    const events = await scan();

    expect(
      valueOf(events, fx.ARN.orders, 'aws.performance.rds.performance_data_unavailable'),
    ).toMatchObject({ reason: 'cloudwatch_error', error_code: 'AccessDenied' });
    expect(valueOf(events, fx.ARN.orders, RDS_METRIC.engine)).toBe('mysql');
  });
});
