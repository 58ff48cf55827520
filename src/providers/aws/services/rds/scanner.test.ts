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
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue, type EventDraft } from '../../../../core/index.js';
import {
  drainEvents,
  FAKE_CREDENTIALS,
  fakeClients,
  unitContext,
  valueOf,
} from './fixtures/context.js';
import * as fx from './fixtures/region.js';
import { RDS_METRIC, RDS_METRICS } from './metrics.js';
import { rdsScanner } from './scanner.js';

const rdsMock = mockClient(RDSClient);
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

async function scan(): Promise<EventDraft[]> {
  const client = new RDSClient({ region: fx.REGION, credentials: FAKE_CREDENTIALS });
  return drainEvents(rdsScanner.scan(unitContext(fakeClients(fx.REGION, client))));
}

beforeEach(() => {
  rdsMock.reset();
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

  it('still fails on an unexpected error from a snapshot attribute read', async () => {
    rdsMock.on(DescribeDBClusterSnapshotAttributesCommand).rejects(
      new RDSServiceException({
        name: 'InternalFailure',
        $fault: 'server',
        $metadata: { httpStatusCode: 500 },
        message: 'internal failure',
      }),
    );

    await expect(scan()).rejects.toMatchObject({ name: 'InternalFailure' });
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
    await scan();
    const called = rdsMock.calls().map((c) => {
      const command = c.args[0] as { constructor: { name: string } };
      return `rds:${command.constructor.name.replace(/Command$/, '')}`;
    });
    expect(rdsScanner.scope).toBe('regional');
    expect([...rdsScanner.permissions].sort()).toEqual([...new Set(called)].sort());
  });
});
