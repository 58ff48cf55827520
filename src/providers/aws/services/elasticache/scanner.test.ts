import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  ElastiCacheClient,
  type DescribeCacheClustersCommandInput,
  type DescribeReplicationGroupsCommandInput,
} from '@aws-sdk/client-elasticache';
import { GetProductsCommand, PricingClient } from '@aws-sdk/client-pricing';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft, ScanOptions } from '../../../../core/index.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
  expectListingFailuresFailTheUnit,
} from '../../testing/scanner-contract.js';
import { scanUnit, valueOf } from '../../testing/unit-context.js';
import {
  ACCOUNT,
  ARN,
  clustersPage1,
  clustersPage2,
  groupsPage1,
  groupsPage2,
  KEY,
  memcachedM7gLarge,
  REGION,
  REGION_ID,
  STATS,
} from './fixtures/sdk.js';
import { ELASTICACHE_METRIC as E, ELASTICACHE_METRICS } from './metrics.js';
import { elasticacheScanner } from './scanner.js';

const elasticache = mockClient(ElastiCacheClient);
const cloudwatch = mockClient(CloudWatchClient);
const pricing = mockClient(PricingClient);

const scan = (options: Partial<ScanOptions> = {}): Promise<EventDraft[]> =>
  scanUnit(
    elasticacheScanner,
    REGION,
    [ElastiCacheClient, CloudWatchClient, PricingClient],
    ACCOUNT,
    options,
  );

let clusterInputs: DescribeCacheClustersCommandInput[] = [];
let groupInputs: DescribeReplicationGroupsCommandInput[] = [];
let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  elasticache.reset();
  cloudwatch.reset();
  pricing.reset();
  clusterInputs = [];
  groupInputs = [];
  metricInputs = [];
  elasticache
    .on(DescribeCacheClustersCommand)
    .callsFake((input: DescribeCacheClustersCommandInput) => {
      clusterInputs.push({ ...input });
      return input.Marker === 'ec-page-2' ? clustersPage2 : clustersPage1;
    });
  elasticache
    .on(DescribeReplicationGroupsCommand)
    .callsFake((input: DescribeReplicationGroupsCommandInput) => {
      groupInputs.push({ ...input });
      return input.Marker === 'rg-page-2' ? groupsPage2 : groupsPage1;
    });
  cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    metricInputs.push(input);
    return {
      $metadata: {},
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const id = q.MetricStat?.Metric?.Dimensions?.[0]?.Value ?? '';
        const value = STATS[id]?.[q.MetricStat?.Metric?.MetricName ?? ''];
        return { Id: q.Id, StatusCode: 'Complete', Values: value === undefined ? [] : [value] };
      }),
    };
  });
  pricing.on(GetProductsCommand).resolves({ $metadata: {}, PriceList: [memcachedM7gLarge] });
});

describe('elasticacheScanner', () => {
  it('lists cache clusters and replication groups across pages, 100 records a page', async () => {
    const events = await scan();

    expect(clusterInputs).toEqual([{ MaxRecords: 100 }, { MaxRecords: 100, Marker: 'ec-page-2' }]);
    expect(groupInputs).toEqual([{ MaxRecords: 100 }, { MaxRecords: 100, Marker: 'rg-page-2' }]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([ARN.sessions1, ARN.sessions2, ARN.legacy1, ARN.memo, ARN.sessions, ARN.legacy]),
    );
  });

  it('reports encryption, AUTH and RBAC, failover, single nodes, backups and engine versions', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.sessions, E.transitEncryption)).toBe(true);
    expect(valueOf(events, ARN.sessions, E.transitEncryptionMode)).toBe('required');
    expect(valueOf(events, ARN.sessions, E.atRestEncryption)).toBe(true);
    expect(valueOf(events, ARN.sessions, E.kmsKeyId)).toBe(KEY);
    expect(valueOf(events, ARN.sessions, E.userGroupIds)).toEqual(['sessions-users']);
    expect(valueOf(events, ARN.sessions, E.automaticFailover)).toBe('enabled');
    expect(valueOf(events, ARN.sessions, E.multiAz)).toBe(true);
    expect(valueOf(events, ARN.sessions, E.nodeCount)).toBe(2);
    expect(valueOf(events, ARN.sessions, E.singleNode)).toBe(false);
    expect(valueOf(events, ARN.sessions, E.snapshotRetentionDays)).toBe(7);
    expect(valueOf(events, ARN.sessions, E.engineVersion)).toBe('7.2.6');
    expect(valueOf(events, ARN.legacy, E.engineVersion)).toBe('5.0.6');
    expect(valueOf(events, ARN.legacy, E.singleNode)).toBe(true);
    expect(valueOf(events, ARN.legacy, E.automaticFailover)).toBe('disabled');
    expect(valueOf(events, ARN.legacy, E.authTokenEnabled)).toBe(false);
    expect(valueOf(events, ARN.legacy, E.userGroupIds)).toEqual([]);
    expect(valueOf(events, ARN.legacy, E.snapshotRetentionDays)).toBe(0);
    expect(valueOf(events, ARN.legacy1, E.replicationGroupId)).toBe('legacy-cache');
    expect(valueOf(events, ARN.memo, E.engine)).toBe('memcached');
    expect(valueOf(events, ARN.memo, E.nodeCount)).toBe(3);
    // Memcached has no encryption at rest, AUTH or backups to report.
    expect(valueOf(events, ARN.memo, E.atRestEncryption)).toBeUndefined();
  });

  it('reads every cluster’s CPU, memory and connections in one GetMetricData call and flags the idle one', async () => {
    const events = await scan();

    expect(metricInputs).toHaveLength(1);
    expect(metricInputs[0]?.MetricDataQueries).toHaveLength(4 * 5);
    expect(
      new Set(
        metricInputs[0]?.MetricDataQueries?.map((q) => q.MetricStat?.Metric?.Dimensions?.[0]?.Name),
      ),
    ).toEqual(new Set(['CacheClusterId']));
    expect(valueOf(events, ARN.sessions1, E.cpuAverage)).toBe(21.5);
    expect(valueOf(events, ARN.sessions1, E.engineCpuAverage)).toBe(34);
    expect(valueOf(events, ARN.sessions1, E.memoryAverage)).toBe(62);
    expect(valueOf(events, ARN.sessions1, E.connectionsMaximum)).toBe(480);
    expect(valueOf(events, ARN.sessions1, E.idleCluster)).toBe(false);
    // Low CPU, but it still accepts connections.
    expect(valueOf(events, ARN.legacy1, E.idleCluster)).toBe(false);
    expect(valueOf(events, ARN.memo, E.idleCluster)).toBe(true);
    expect(valueOf(events, ARN.memo, E.memoryAverage)).toBeUndefined();
  });

  it('prices the idle cluster’s nodes with options.cost, and nothing without', async () => {
    expect(valueOf(await scan(), ARN.memo, E.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);

    const events = await scan({ cost: true });

    // 3 nodes × $0.176 × 730 h.
    expect(valueOf(events, ARN.memo, E.estimatedMonthlyWasteUsd)).toBe(385.44);
    expect(valueOf(events, ARN.memo, E.wasteEstimate)).toMatchObject({
      reason: 'idle_cache_cluster',
      quantity: 2190,
      unit_price_usd: 0.176,
    });
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(1);
    expect(pricing.commandCalls(GetProductsCommand)[0]?.args[0].input).toMatchObject({
      ServiceCode: 'AmazonElastiCache',
    });
  });

  it('records a denied replication group listing, CloudWatch and pricing as unread, naming each call', async () => {
    elasticache
      .on(DescribeReplicationGroupsCommand)
      .rejects(awsError('AccessDenied', 'not authorized', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));

    const events = await scan({ cost: true });

    expect(valueOf(events, REGION_ID, E.readError)).toEqual([
      'elasticache:DescribeReplicationGroups: AccessDenied',
    ]);
    expect(events.some((e) => e.resource_id === ARN.sessions)).toBe(false);
    expect(valueOf(events, ARN.memo, E.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
    // Nothing is judged idle without CloudWatch, so nothing is priced.
    expect(valueOf(events, ARN.memo, E.idleCluster)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);

    cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => ({
      $metadata: {},
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => ({
        Id: q.Id,
        StatusCode: 'Complete',
        Values: [0],
      })),
    }));
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    const priced = await scan({ cost: true });
    expect(valueOf(priced, REGION_ID, E.pricingUnavailable)).toMatchObject({
      error_code: 'AccessDeniedException',
    });
  });

  it('fails the unit when DescribeCacheClusters is denied, the region is not opted in, or ElastiCache is not offered', async () => {
    await expectListingFailuresFailTheUnit(
      scan,
      (error) => elasticache.on(DescribeCacheClustersCommand).rejects(error),
      {
        denied: awsError('AccessDenied', 'not authorized', 403),
        optIn: awsError('UnrecognizedClientException', 'opt-in', 400),
      },
    );
    expect(elasticache.commandCalls(DescribeReplicationGroupsCommand)).toHaveLength(0);
  });

  it('emits nothing and makes no other call in a region without cache clusters', async () => {
    elasticache.on(DescribeCacheClustersCommand).resolves({ $metadata: {}, CacheClusters: [] });

    expect(await scan()).toEqual([]);
    expect(elasticache.commandCalls(DescribeReplicationGroupsCommand)).toHaveLength(0);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types', async () => {
    const events: EventDraft[] = await scan({ cost: true });
    elasticache.on(DescribeReplicationGroupsCommand).rejects(awsError('AccessDenied', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(elasticacheScanner, ELASTICACHE_METRICS, events, [
      E.pricingUnavailable,
    ]);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan({ cost: true });
    expectDeclaredPermissions(elasticacheScanner, 'regional', [
      ['elasticache', elasticache],
      ['cloudwatch', cloudwatch],
      ['pricing', pricing],
    ]);
  });
});
