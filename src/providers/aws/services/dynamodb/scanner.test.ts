import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  type DescribeContinuousBackupsCommandInput,
  type DescribeTableCommandInput,
  type ListTablesCommandInput,
} from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient, type DescribeKeyCommandInput } from '@aws-sdk/client-kms';
import { GetProductsCommand, PricingClient } from '@aws-sdk/client-pricing';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
  type GetResourcesCommandInput,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { classifyAwsError } from '../../errors.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
  htmlInsteadOfJson,
} from '../../testing/scanner-contract.js';
import { scanUnit, valueOf } from '../../testing/unit-context.js';
import {
  ACCOUNT,
  ARN,
  AWS_KEY,
  BACKUPS,
  CMK,
  CONSUMED,
  page1,
  page2,
  PRICE_LIST,
  REGION,
  TABLES,
  TAGS,
} from './fixtures/sdk.js';
import { DYNAMODB_METRIC as D, DYNAMODB_METRICS } from './metrics.js';
import { dynamodbScanner } from './scanner.js';
import { deferred } from '../../../../../test/support/deferred.js';

const dynamo = mockClient(DynamoDBClient);
const kms = mockClient(KMSClient);
const cloudwatch = mockClient(CloudWatchClient);
const pricing = mockClient(PricingClient);
const tagging = mockClient(ResourceGroupsTaggingAPIClient);
const REGION_ID = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:region/${REGION}`;

const scan = (cost = false) =>
  scanUnit(
    dynamodbScanner,
    REGION,
    [DynamoDBClient, KMSClient, CloudWatchClient, PricingClient, ResourceGroupsTaggingAPIClient],
    ACCOUNT,
    cost ? { cost: true } : {},
  );

/**
 * GetResources as AWS answers it: one table a page, '' as the last page's token; audit, whose tags
 * were all removed, is listed with none.
 */
const TAG_PAGES = Object.entries(TAGS).map(([arn, tags], i, all) => ({
  $metadata: {},
  ResourceTagMappingList: [
    { ResourceARN: arn, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) },
  ],
  PaginationToken: i + 1 < all.length ? `tag-page-${i + 2}` : '',
}));

let listInputs: ListTablesCommandInput[] = [];
let metricInputs: GetMetricDataCommandInput[] = [];
let tagInputs: GetResourcesCommandInput[] = [];

/** GetMetricData as CloudWatch answers it, from CONSUMED (nothing on the indexes). */
function metricAnswer(input: GetMetricDataCommandInput) {
  metricInputs.push(input);
  return {
    $metadata: {},
    MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
      const metric = q.MetricStat?.Metric;
      const table = metric?.Dimensions?.find((d) => d.Name === 'TableName')?.Value ?? '';
      const onIndex = metric?.Dimensions?.some((d) => d.Name === 'GlobalSecondaryIndexName');
      const value = onIndex ? undefined : CONSUMED[table]?.[metric?.MetricName ?? ''];
      return { Id: q.Id, StatusCode: 'Complete', Values: value === undefined ? [] : [value] };
    }),
  };
}

beforeEach(() => {
  for (const m of [dynamo, kms, cloudwatch, pricing, tagging]) m.reset();
  listInputs = [];
  metricInputs = [];
  tagInputs = [];
  dynamo.on(ListTablesCommand).callsFake((input: ListTablesCommandInput) => {
    listInputs.push({ ...input });
    return input.ExclusiveStartTableName === 'orders' ? page2 : page1;
  });
  dynamo
    .on(DescribeTableCommand)
    .callsFake((input: DescribeTableCommandInput) => TABLES[input.TableName ?? '']);
  dynamo
    .on(DescribeContinuousBackupsCommand)
    .callsFake((input: DescribeContinuousBackupsCommandInput) => BACKUPS[input.TableName ?? '']);
  tagging.on(GetResourcesCommand).callsFake((input: GetResourcesCommandInput) => {
    tagInputs.push({ ...input });
    const page = /^tag-page-(\d+)$/.exec(input.PaginationToken ?? '');
    return TAG_PAGES[page ? Number(page[1]) - 1 : 0];
  });
  kms.on(DescribeKeyCommand).callsFake((input: DescribeKeyCommandInput) => ({
    $metadata: {},
    KeyMetadata: { KeyId: input.KeyId, KeyManager: input.KeyId === CMK ? 'CUSTOMER' : 'AWS' },
  }));
  cloudwatch.on(GetMetricDataCommand).callsFake(metricAnswer);
  pricing.on(GetProductsCommand).resolves({ $metadata: {}, PriceList: PRICE_LIST });
});

describe('dynamodbScanner', () => {
  it('lists every table across pages, 100 a page, and describes each', async () => {
    const events = await scan();

    expect(listInputs).toEqual([{ Limit: 100 }, { Limit: 100, ExclusiveStartTableName: 'orders' }]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([ARN.orders, ARN.sessions, ARN.audit]),
    );
    expect(valueOf(events, ARN.orders, D.billingMode)).toBe('PAY_PER_REQUEST');
    expect(valueOf(events, ARN.sessions, D.billingMode)).toBe('PROVISIONED');
    expect(valueOf(events, ARN.sessions, D.readCapacityUnits)).toBe(110);
    expect(valueOf(events, ARN.sessions, D.writeCapacityUnits)).toBe(60);
    expect(valueOf(events, ARN.orders, D.globalTable)).toEqual(['eu-central-1']);
    expect(valueOf(events, ARN.orders, D.tags)).toEqual({ team: 'checkout', env: 'prod' });
  });

  it('reads every table’s tags in one GetResources listing, 100 a page, across pages', async () => {
    const events = await scan();

    const input = { ResourceTypeFilters: ['dynamodb:table'], ResourcesPerPage: 100 };
    expect(tagInputs).toEqual([
      input,
      { ...input, PaginationToken: 'tag-page-2' },
      { ...input, PaginationToken: 'tag-page-3' },
    ]);
    expect(valueOf(events, ARN.orders, D.tags)).toEqual({ team: 'checkout', env: 'prod' });
    expect(valueOf(events, ARN.sessions, D.tags)).toEqual({ team: 'web' });
    expect(valueOf(events, ARN.audit, D.tags)).toEqual({});
    expect(valueOf(events, ARN.audit, D.tagsError)).toBeUndefined();
  });

  it('reads a table absent from GetResources as untagged', async () => {
    tagging.on(GetResourcesCommand).resolves({
      $metadata: {},
      ResourceTagMappingList: [{ ResourceARN: ARN.orders, Tags: [{ Key: 'team', Value: 'x' }] }],
      PaginationToken: '',
    });

    const events = await scan();

    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(1);
    expect(valueOf(events, ARN.orders, D.tags)).toEqual({ team: 'x' });
    expect(valueOf(events, ARN.sessions, D.tags)).toEqual({});
    expect(valueOf(events, ARN.sessions, D.tagsError)).toBeUndefined();
  });

  it('tells customer keys from AWS-managed and AWS-owned ones, one DescribeKey per key', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.orders, D.encryptionType)).toBe('customer_managed');
    expect(valueOf(events, ARN.audit, D.encryptionType)).toBe('aws_managed');
    expect(valueOf(events, ARN.sessions, D.encryptionType)).toBe('aws_owned');
    expect(
      kms
        .commandCalls(DescribeKeyCommand)
        .map((c) => c.args[0].input.KeyId)
        .sort(),
    ).toEqual([AWS_KEY, CMK].sort());
    expect(valueOf(events, ARN.orders, D.pitrEnabled)).toBe(true);
    expect(valueOf(events, ARN.sessions, D.pitrEnabled)).toBe(false);
    expect(valueOf(events, ARN.orders, D.deletionProtection)).toBe(true);
  });

  it('sums consumed capacity of tables and indexes in one GetMetricData call, flags the unused table', async () => {
    const events = await scan();

    expect(metricInputs).toHaveLength(1);
    // 4 sums for each of 3 tables and for the one index.
    expect(metricInputs[0]?.MetricDataQueries).toHaveLength(16);
    expect(valueOf(events, ARN.orders, D.consumedReadUnits)).toBe(4_200_000);
    expect(valueOf(events, ARN.orders, D.throttledRequests)).toBe(3);
    expect(valueOf(events, ARN.sessions, D.consumedReadUnits)).toBe(0);
    expect(valueOf(events, ARN.sessions, D.unusedTable)).toBe(true);
    expect(valueOf(events, ARN.orders, D.unusedTable)).toBe(false);
    // Created within the window: not observed long enough to be called unused.
    expect(valueOf(events, ARN.audit, D.unusedTable)).toBe(false);
    expect(valueOf(events, ARN.sessions, D.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);
  });

  it('with options.cost, prices what provisioned capacity costs over on-demand', async () => {
    const events = await scan(true);

    // (110 × 0.000147 + 60 × 0.000735) × 730 h, nothing consumed.
    expect(valueOf(events, ARN.sessions, D.estimatedMonthlyWasteUsd)).toBe(44);
    expect(valueOf(events, ARN.sessions, D.wasteEstimate)).toMatchObject({
      reason: 'unused_provisioned_table',
      provisioned_monthly_usd: 44,
      on_demand_monthly_usd: 0,
    });
    expect(valueOf(events, ARN.audit, D.estimatedMonthlyWasteUsd)).toBe(3.22);
    expect(valueOf(events, ARN.audit, D.wasteEstimate)).toMatchObject({
      reason: 'on_demand_cheaper',
    });
    expect(valueOf(events, ARN.orders, D.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(1);
  });

  it('records a denied price list on the region, and prices nothing', async () => {
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 403));

    const events = await scan(true);

    expect(valueOf(events, REGION_ID, D.pricingUnavailable)).toMatchObject({
      error_code: 'AccessDeniedException',
    });
    expect(events.filter((e) => e.metric_type === D.estimatedMonthlyWasteUsd)).toEqual([]);
  });

  it('reads a table’s backups without waiting for its description, and its statistics without waiting for the tags', async () => {
    const expected = await scan(true);
    for (const m of [dynamo, kms, cloudwatch, pricing, tagging]) m.resetHistory();
    const describeHeld = deferred();
    const tagsHeld = deferred();
    const backupsSent = deferred();
    const metricsSent = deferred();
    dynamo.on(DescribeTableCommand).callsFake(async (input: DescribeTableCommandInput) => {
      await describeHeld.promise;
      return TABLES[input.TableName ?? ''];
    });
    dynamo
      .on(DescribeContinuousBackupsCommand)
      .callsFake((input: DescribeContinuousBackupsCommandInput) => {
        backupsSent.resolve();
        return BACKUPS[input.TableName ?? ''];
      });
    tagging.on(GetResourcesCommand).callsFake(async (input: GetResourcesCommandInput) => {
      await tagsHeld.promise;
      const page = /^tag-page-(\d+)$/.exec(input.PaginationToken ?? '');
      return TAG_PAGES[page ? Number(page[1]) - 1 : 0];
    });
    cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
      metricsSent.resolve();
      return metricAnswer(input);
    });

    const events = scan(true);
    // Each wait below hangs (the test times out) if the call is only sent after the held one.
    await backupsSent.promise;
    expect(dynamo.commandCalls(DescribeTableCommand).length).toBeGreaterThan(0);
    describeHeld.resolve();
    await metricsSent.promise;
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(1);
    tagsHeld.resolve();

    expect(await events).toEqual(expected);
  });

  it('goes on when the per-table reads are denied, naming each', async () => {
    dynamo
      .on(DescribeContinuousBackupsCommand)
      .rejects(awsError('AccessDeniedException', 'no', 403));
    tagging.on(GetResourcesCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    kms.on(DescribeKeyCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));

    const events = await scan();

    expect(valueOf(events, ARN.orders, D.backupsError)).toBe(
      'dynamodb:DescribeContinuousBackups: AccessDeniedException',
    );
    // Every table's tags are unread, never empty as if read.
    for (const arn of [ARN.orders, ARN.sessions, ARN.audit]) {
      expect(valueOf(events, arn, D.tagsError)).toBe('tag:GetResources: AccessDeniedException');
      expect(valueOf(events, arn, D.tags)).toBeUndefined();
    }
    expect(valueOf(events, ARN.orders, D.encryptionType)).toBe('kms');
    expect(valueOf(events, ARN.orders, D.kmsKeyError)).toBe(
      'kms:DescribeKey: AccessDeniedException',
    );
    expect(valueOf(events, ARN.orders, D.pitrEnabled)).toBeUndefined();
    expect(valueOf(events, ARN.orders, D.unusedTable)).toBeUndefined();
    expect(valueOf(events, ARN.orders, D.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
  });

  it('skips a table deleted between the list and its description', async () => {
    dynamo
      .on(DescribeTableCommand, { TableName: 'audit' })
      .rejects(awsError('ResourceNotFoundException', 'Requested resource not found', 400));

    const events = await scan();

    expect(events.some((e) => e.resource_id === ARN.audit)).toBe(false);
    expect(events.some((e) => e.resource_id === ARN.orders)).toBe(true);
  });

  it('fails the unit when ListTables is denied, or where DynamoDB is not offered', async () => {
    dynamo.on(ListTablesCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    await expect(scan()).rejects.toMatchObject({ name: 'AccessDeniedException' });

    dynamo.on(ListTablesCommand).rejects(htmlInsteadOfJson());
    const failure: unknown = await scan().catch((error: unknown) => error);
    expect(classifyAwsError(failure)).toMatchObject({ code: 'NotImplemented' });

    dynamo.on(ListTablesCommand).rejects(awsError('UnrecognizedClientException', 'opt-in', 403));
    const optIn: unknown = await scan().catch((error: unknown) => error);
    expect(classifyAwsError(optIn).kind).toBe('region_disabled');
    expect(dynamo.commandCalls(DescribeTableCommand)).toHaveLength(0);
  });

  it('emits nothing and makes no other call in a region without tables', async () => {
    dynamo.on(ListTablesCommand).resolves({ $metadata: {}, TableNames: [] });

    expect(await scan(true)).toEqual([]);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan(true);
    dynamo
      .on(DescribeContinuousBackupsCommand)
      .rejects(awsError('AccessDeniedException', 'no', 403));
    tagging.on(GetResourcesCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    kms.on(DescribeKeyCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    events.push(...(await scan(true)));

    expectOnlyDeclaredMetrics(dynamodbScanner, DYNAMODB_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan(true);
    expectDeclaredPermissions(dynamodbScanner, 'regional', [
      ['dynamodb', dynamo],
      ['kms', kms],
      ['cloudwatch', cloudwatch],
      ['pricing', pricing],
      ['tag', tagging],
    ]);
  });
});
