import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
  type GetResourcesCommandInput,
} from '@aws-sdk/client-resource-groups-tagging-api';
import {
  GetQueueAttributesCommand,
  ListQueuesCommand,
  SQSClient,
  type GetQueueAttributesCommandInput,
  type ListQueuesCommandInput,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
  expectListingFailuresFailTheUnit,
} from '../../testing/scanner-contract.js';
import { valueOf, scanUnit } from '../../testing/unit-context.js';
import {
  ACCOUNT,
  ARN,
  ATTRIBUTES,
  page1,
  page2,
  REGION,
  TAGS,
  TRAFFIC,
  URL,
} from './fixtures/sdk.js';
import { SQS_METRIC as Q, SQS_METRICS } from './metrics.js';
import { sqsScanner } from './scanner.js';

const sqs = mockClient(SQSClient);
const cloudwatch = mockClient(CloudWatchClient);
const tagging = mockClient(ResourceGroupsTaggingAPIClient);

const scan = () =>
  scanUnit(
    sqsScanner,
    REGION,
    [SQSClient, CloudWatchClient, ResourceGroupsTaggingAPIClient],
    ACCOUNT,
  );

/** GetResources as AWS answers it: one tagged queue a page, '' as the last page's token. */
const TAG_PAGES = Object.entries(TAGS).map(([url, tags], i, all) => ({
  $metadata: {},
  ResourceTagMappingList: [
    {
      ResourceARN: ATTRIBUTES[url]?.QueueArn,
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    },
  ],
  PaginationToken: i + 1 < all.length ? `tag-page-${i + 2}` : '',
}));

let listInputs: ListQueuesCommandInput[] = [];
let tagInputs: GetResourcesCommandInput[] = [];
let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  sqs.reset();
  cloudwatch.reset();
  tagging.reset();
  listInputs = [];
  tagInputs = [];
  metricInputs = [];
  sqs.on(ListQueuesCommand).callsFake((input: ListQueuesCommandInput) => {
    listInputs.push({ ...input });
    return input.NextToken === 'sqs-page-2' ? page2 : page1;
  });
  sqs.on(GetQueueAttributesCommand).callsFake((input: GetQueueAttributesCommandInput) => ({
    $metadata: {},
    Attributes: ATTRIBUTES[input.QueueUrl ?? ''],
  }));
  tagging.on(GetResourcesCommand).callsFake((input: GetResourcesCommandInput) => {
    tagInputs.push({ ...input });
    const page = /^tag-page-(\d+)$/.exec(input.PaginationToken ?? '');
    return TAG_PAGES[page ? Number(page[1]) - 1 : 0];
  });
  cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    metricInputs.push(input);
    return {
      $metadata: {},
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const metric = q.MetricStat?.Metric;
        const value = TRAFFIC[metric?.Dimensions?.[0]?.Value ?? '']?.[metric?.MetricName ?? ''];
        return { Id: q.Id, StatusCode: 'Complete', Values: value === undefined ? [] : [value] };
      }),
    };
  });
});

describe('sqsScanner', () => {
  it('lists every queue across pages, 1,000 a page, on their ARNs', async () => {
    const events = await scan();

    expect(listInputs).toEqual([
      { MaxResults: 1000 },
      { MaxResults: 1000, NextToken: 'sqs-page-2' },
    ]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([ARN.orders, ARN.dlq, ARN.legacy]),
    );
    expect(sqs.commandCalls(GetQueueAttributesCommand)[0]?.args[0].input.AttributeNames).toEqual([
      'All',
    ]);
  });

  it('reports encryption, public policies and the dead-letter queue', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.orders, Q.encryption)).toBe('kms');
    expect(valueOf(events, ARN.orders, Q.kmsKeyId)).toBe('alias/orders-queue');
    expect(valueOf(events, ARN.dlq, Q.encryption)).toBe('sse_sqs');
    expect(valueOf(events, ARN.legacy, Q.encryption)).toBe('none');
    expect(valueOf(events, ARN.orders, Q.policyPublic)).toBe(true);
    expect(valueOf(events, ARN.orders, Q.policyPublicStatements)).toEqual(['AnyoneSends']);
    // A "*" principal pinned to the account by aws:SourceAccount is not public.
    expect(valueOf(events, ARN.legacy, Q.policyPublic)).toBe(false);
    expect(valueOf(events, ARN.dlq, Q.policyPublic)).toBe(false);
    expect(valueOf(events, ARN.orders, Q.deadLetterTargetArn)).toBe(ARN.dlq);
    expect(valueOf(events, ARN.orders, Q.maxReceiveCount)).toBe(5);
    expect(valueOf(events, ARN.dlq, Q.isDeadLetterQueue)).toBe(true);
    expect(valueOf(events, ARN.orders, Q.tags)).toEqual({ team: 'checkout' });
    expect(valueOf(events, ARN.orders, Q.createdAt)).toBe('2024-06-01T10:00:00.000Z');
  });

  it('reads every queue’s tags in one GetResources listing, 100 a page, untagged ones as {}', async () => {
    const events = await scan();

    expect(tagInputs).toEqual([
      { ResourceTypeFilters: ['sqs'], ResourcesPerPage: 100 },
      { ResourceTypeFilters: ['sqs'], ResourcesPerPage: 100, PaginationToken: 'tag-page-2' },
    ]);
    expect(valueOf(events, ARN.orders, Q.tags)).toEqual({ team: 'checkout' });
    expect(valueOf(events, ARN.dlq, Q.tags)).toEqual({ team: 'checkout' });
    // Absent from GetResources: the queue has no tags, read as such.
    expect(valueOf(events, ARN.legacy, Q.tags)).toEqual({});
    expect(valueOf(events, ARN.legacy, Q.readError)).toBeUndefined();
  });

  it('reads every queue’s traffic in one GetMetricData call, and flags the idle one', async () => {
    const events = await scan();

    expect(metricInputs).toHaveLength(1);
    expect(valueOf(events, ARN.orders, Q.sentSum)).toBe(52_000);
    expect(valueOf(events, ARN.orders, Q.oldestMessageAgeMax)).toBe(840);
    expect(valueOf(events, ARN.orders, Q.idleQueue)).toBe(false);
    expect(valueOf(events, ARN.legacy, Q.idleQueue)).toBe(true);
    // An empty dead-letter queue is healthy, not idle.
    expect(valueOf(events, ARN.dlq, Q.idleQueue)).toBeUndefined();
  });

  it('goes on when the per-queue reads are denied, naming each', async () => {
    sqs.on(GetQueueAttributesCommand).rejects(awsError('AccessDenied', 'not authorized', 403));
    tagging
      .on(GetResourcesCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized', 400));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));

    const events = await scan();

    expect(valueOf(events, ARN.orders, Q.readError)).toEqual([
      'sqs:GetQueueAttributes: AccessDenied',
      'tag:GetResources: AccessDeniedException',
    ]);
    // Never empty tags as if read: every queue's tags are unread.
    for (const arn of [ARN.orders, ARN.dlq, ARN.legacy])
      expect(valueOf(events, arn, Q.tags)).toBeUndefined();
    expect(valueOf(events, ARN.orders, Q.policyPublic)).toBeUndefined();
    expect(valueOf(events, ARN.orders, Q.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
  });

  it('skips a queue deleted between the list and its read', async () => {
    sqs
      .on(GetQueueAttributesCommand, { QueueUrl: URL.legacy })
      .rejects(awsError('QueueDoesNotExist', 'The specified queue does not exist.', 400));

    const events = await scan();

    expect(events.some((e) => e.resource_id === ARN.legacy)).toBe(false);
  });

  it('fails the unit when ListQueues is denied, the region is not opted in, or SQS is not offered', async () => {
    await expectListingFailuresFailTheUnit(
      scan,
      (error) => sqs.on(ListQueuesCommand).rejects(error),
      {
        denied: awsError('AccessDenied', 'denied', 403),
        optIn: awsError('InvalidClientTokenId', 'opt-in', 403),
      },
    );
    expect(sqs.commandCalls(GetQueueAttributesCommand)).toHaveLength(0);
  });

  it('emits nothing and makes no other call in a region without queues', async () => {
    sqs.on(ListQueuesCommand).resolves({ $metadata: {}, QueueUrls: [] });

    expect(await scan()).toEqual([]);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    tagging.on(GetResourcesCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(sqsScanner, SQS_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(sqsScanner, 'regional', [
      ['sqs', sqs],
      ['cloudwatch', cloudwatch],
      ['tag', tagging],
    ]);
  });
});
