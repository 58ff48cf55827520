import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeClusterParametersCommand,
  DescribeClustersCommand,
  DescribeLoggingStatusCommand,
  RedshiftClient,
  type DescribeClusterParametersCommandInput,
  type DescribeClustersCommandInput,
  type DescribeLoggingStatusCommandInput,
} from '@aws-sdk/client-redshift';
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
  DC2_LARGE_PRICE_LIST,
  KEY,
  LOGGING,
  page1,
  page2,
  PARAMETERS,
  REGION,
  REGION_ID,
  STATS,
} from './fixtures/sdk.js';
import { REDSHIFT_METRIC as R, REDSHIFT_METRICS } from './metrics.js';
import { redshiftScanner } from './scanner.js';

const redshift = mockClient(RedshiftClient);
const cloudwatch = mockClient(CloudWatchClient);
const pricing = mockClient(PricingClient);

const scan = (options: Partial<ScanOptions> = {}): Promise<EventDraft[]> =>
  scanUnit(
    redshiftScanner,
    REGION,
    [RedshiftClient, CloudWatchClient, PricingClient],
    ACCOUNT,
    options,
  );

let listInputs: DescribeClustersCommandInput[] = [];
let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  redshift.reset();
  cloudwatch.reset();
  pricing.reset();
  pricing.on(GetProductsCommand).resolves({ $metadata: {}, PriceList: DC2_LARGE_PRICE_LIST });
  listInputs = [];
  metricInputs = [];
  redshift.on(DescribeClustersCommand).callsFake((input: DescribeClustersCommandInput) => {
    listInputs.push({ ...input });
    return input.Marker === 'rs-page-2' ? page2 : page1;
  });
  redshift
    .on(DescribeLoggingStatusCommand)
    .callsFake(
      (input: DescribeLoggingStatusCommandInput) => LOGGING[input.ClusterIdentifier ?? ''],
    );
  redshift
    .on(DescribeClusterParametersCommand)
    .callsFake((input: DescribeClusterParametersCommandInput) => {
      const pages = PARAMETERS[input.ParameterGroupName ?? ''] ?? [];
      return input.Marker === 'p2' ? pages[1] : pages[0];
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
});

describe('redshiftScanner', () => {
  it('lists clusters across pages; logging once a cluster, each parameter group once', async () => {
    const events = await scan();

    expect(listInputs).toEqual([{ MaxRecords: 100 }, { MaxRecords: 100, Marker: 'rs-page-2' }]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(new Set([ARN.warehouse, ARN.adhoc]));
    // No batch form of DescribeLoggingStatus: one call a cluster.
    expect(redshift.commandCalls(DescribeLoggingStatusCommand)).toHaveLength(2);
    // The paginator reuses its input: only the group names are compared, with the page count.
    expect(
      redshift
        .commandCalls(DescribeClusterParametersCommand)
        .map((c) => c.args[0].input.ParameterGroupName)
        .sort(),
    ).toEqual(['default.redshift-1.0', 'secure-params', 'secure-params']);
  });

  it('reports public access, encryption, routing, require_ssl, snapshots and audit logging', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.warehouse, R.publiclyAccessible)).toBe(false);
    expect(valueOf(events, ARN.warehouse, R.encrypted)).toBe(true);
    expect(valueOf(events, ARN.warehouse, R.kmsKeyId)).toBe(KEY);
    expect(valueOf(events, ARN.warehouse, R.enhancedVpcRouting)).toBe(true);
    expect(valueOf(events, ARN.warehouse, R.requireSsl)).toBe(true);
    expect(valueOf(events, ARN.warehouse, R.snapshotRetentionDays)).toBe(7);
    expect(valueOf(events, ARN.warehouse, R.auditLogging)).toBe(true);
    expect(valueOf(events, ARN.warehouse, R.auditLogDestination)).toBe('cloudwatch');
    expect(valueOf(events, ARN.adhoc, R.publiclyAccessible)).toBe(true);
    expect(valueOf(events, ARN.adhoc, R.encrypted)).toBe(false);
    expect(valueOf(events, ARN.adhoc, R.requireSsl)).toBe(false);
    expect(valueOf(events, ARN.adhoc, R.auditLogging)).toBe(false);
    expect(valueOf(events, ARN.adhoc, R.snapshotRetentionDays)).toBe(0);
    expect(valueOf(events, ARN.adhoc, R.masterUsername)).toBe('awsuser');
  });

  it('reads every cluster’s CPU and connections in one GetMetricData call', async () => {
    const events = await scan();

    expect(metricInputs).toHaveLength(1);
    expect(metricInputs[0]?.MetricDataQueries).toHaveLength(4);
    expect(valueOf(events, ARN.warehouse, R.cpuAverage)).toBe(41.2);
    expect(valueOf(events, ARN.adhoc, R.connectionsMaximum)).toBe(0);
  });

  it('judges idle a cluster without any connection over the window, and prices nothing without options.cost', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.warehouse, R.idleCluster)).toBe(false);
    expect(valueOf(events, ARN.adhoc, R.idleCluster)).toBe(true);
    expect(valueOf(events, ARN.adhoc, R.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);
  });

  it('with options.cost, prices an idle cluster’s node-hours at its node type’s list price, one listing', async () => {
    const events = await scan({ cost: true });

    // 2 nodes × $0.30 × 730 h.
    expect(valueOf(events, ARN.adhoc, R.estimatedMonthlyWasteUsd)).toBe(438);
    expect(valueOf(events, ARN.adhoc, R.wasteEstimate)).toEqual({
      reason: 'idle_cluster',
      quantity: 1460,
      unit: 'Hrs',
      unit_price_usd: 0.3,
      hours_per_month: 730,
      monthly_usd: 438,
      currency: 'USD',
      price_source: `AWS Price List, on-demand, ${REGION}`,
    });
    expect(valueOf(events, ARN.warehouse, R.estimatedMonthlyWasteUsd)).toBeUndefined();
    const asked = pricing.commandCalls(GetProductsCommand).map((c) => c.args[0].input);
    expect(asked).toEqual([
      expect.objectContaining({
        ServiceCode: 'AmazonRedshift',
        Filters: [
          { Type: 'TERM_MATCH', Field: 'regionCode', Value: REGION },
          { Type: 'TERM_MATCH', Field: 'productFamily', Value: 'Compute Instance' },
          { Type: 'TERM_MATCH', Field: 'instanceType', Value: 'dc2.large' },
        ],
      }),
    ]);
  });

  it('does not judge a cluster created within the window', async () => {
    const young = {
      ...page2,
      Clusters: [{ ...page2.Clusters![0]!, ClusterCreateTime: new Date('2026-11-18T09:00:00Z') }],
    };
    redshift
      .on(DescribeClustersCommand)
      .callsFake((input: DescribeClustersCommandInput) =>
        input.Marker === 'rs-page-2' ? young : page1,
      );

    const events = await scan({ cost: true });

    expect(valueOf(events, ARN.adhoc, R.connectionsMaximum)).toBe(0);
    expect(valueOf(events, ARN.adhoc, R.idleCluster)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);
  });

  it('neither judges nor prices a paused cluster, which bills no compute', async () => {
    const paused = { ...page2, Clusters: [{ ...page2.Clusters![0]!, ClusterStatus: 'paused' }] };
    redshift
      .on(DescribeClustersCommand)
      .callsFake((input: DescribeClustersCommandInput) =>
        input.Marker === 'rs-page-2' ? paused : page1,
      );

    const events = await scan({ cost: true });

    expect(valueOf(events, ARN.adhoc, R.status)).toBe('paused');
    expect(valueOf(events, ARN.adhoc, R.idleCluster)).toBeUndefined();
    expect(valueOf(events, ARN.adhoc, R.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);
  });

  it('reports on the region when the Price List cannot be read, and prices nothing', async () => {
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 400));

    const events = await scan({ cost: true });

    expect(valueOf(events, REGION_ID, R.pricingUnavailable)).toMatchObject({
      error_code: 'AccessDeniedException',
    });
    expect(valueOf(events, ARN.adhoc, R.idleCluster)).toBe(true);
    expect(valueOf(events, ARN.adhoc, R.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(valueOf(events, ARN.adhoc, R.wasteEstimate)).toBeUndefined();
  });

  it('prices nothing, and says why on the region, when the Price List has no price for the node type', async () => {
    pricing.on(GetProductsCommand).resolves({ $metadata: {}, PriceList: [] });

    const events = await scan({ cost: true });

    expect(valueOf(events, REGION_ID, R.pricingUnavailable)).toMatchObject({
      error_code: 'PriceNotFound',
    });
    expect(valueOf(events, ARN.adhoc, R.estimatedMonthlyWasteUsd)).toBeUndefined();
  });

  it('goes on when logging, parameters and CloudWatch are denied, naming each call', async () => {
    const denied = awsError('AccessDenied', 'not authorized', 403);
    redshift.on(DescribeLoggingStatusCommand).rejects(denied);
    redshift.on(DescribeClusterParametersCommand).rejects(denied);
    cloudwatch.on(GetMetricDataCommand).rejects(denied);

    const events = await scan();

    expect(valueOf(events, ARN.adhoc, R.readError)).toEqual([
      'redshift:DescribeLoggingStatus: AccessDenied',
      'redshift:DescribeClusterParameters: AccessDenied',
    ]);
    expect(valueOf(events, ARN.adhoc, R.auditLogging)).toBeUndefined();
    expect(valueOf(events, ARN.adhoc, R.requireSsl)).toBeUndefined();
    expect(valueOf(events, ARN.adhoc, R.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
  });

  it('fails the unit when DescribeClusters is denied, the region is not opted in, or Redshift is not offered', async () => {
    await expectListingFailuresFailTheUnit(
      scan,
      (error) => redshift.on(DescribeClustersCommand).rejects(error),
      {
        denied: awsError('AccessDenied', 'denied', 403),
        optIn: awsError('UnrecognizedClientException', 'opt-in', 400),
      },
    );
    expect(redshift.commandCalls(DescribeLoggingStatusCommand)).toHaveLength(0);
  });

  it('emits nothing and makes no other call in a region without clusters', async () => {
    redshift.on(DescribeClustersCommand).resolves({ $metadata: {}, Clusters: [] });

    expect(await scan()).toEqual([]);
    expect(redshift.commandCalls(DescribeClusterParametersCommand)).toHaveLength(0);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan({ cost: true });
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    events.push(...(await scan({ cost: true })));
    redshift.on(DescribeLoggingStatusCommand).rejects(awsError('AccessDenied', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(redshiftScanner, REDSHIFT_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan({ cost: true });
    expectDeclaredPermissions(redshiftScanner, 'regional', [
      ['redshift', redshift],
      ['cloudwatch', cloudwatch],
      ['pricing', pricing],
    ]);
  });
});
