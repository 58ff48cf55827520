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
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListSubscriptionsCommand,
  ListTopicsCommand,
  SNSClient,
  type GetSubscriptionAttributesCommandInput,
  type GetTopicAttributesCommandInput,
  type ListTopicsCommandInput,
} from '@aws-sdk/client-sns';
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
  DLQ,
  page1,
  page2,
  PUBLISHED,
  REGION,
  SUB,
  SUBSCRIPTION_ATTRIBUTES,
  SUBSCRIPTIONS,
  TOPIC_ATTRIBUTES,
} from './fixtures/sdk.js';
import { SNS_METRIC as N, SNS_METRICS } from './metrics.js';
import { snsScanner } from './scanner.js';

const sns = mockClient(SNSClient);
const cloudwatch = mockClient(CloudWatchClient);
const tagging = mockClient(ResourceGroupsTaggingAPIClient);
const REGION_ID = `arn:aws:sns:${REGION}:${ACCOUNT}:region/${REGION}`;
/** A topic whose tags GetResources still lists though ListTopics no longer does. */
const GONE_TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:retired`;

const scan = () =>
  scanUnit(
    snsScanner,
    REGION,
    [SNSClient, CloudWatchClient, ResourceGroupsTaggingAPIClient],
    ACCOUNT,
  );

/** GetResources as AWS answers it, over two pages, '' as the last page's token. */
const TAG_PAGES = {
  first: {
    $metadata: {},
    ResourceTagMappingList: [{ ResourceARN: ARN.orders, Tags: [{ Key: 'team', Value: 'ops' }] }],
    PaginationToken: 'tag-page-2',
  },
  last: {
    $metadata: {},
    ResourceTagMappingList: [{ ResourceARN: GONE_TOPIC, Tags: [{ Key: 'team', Value: 'old' }] }],
    PaginationToken: '',
  },
};

let listInputs: ListTopicsCommandInput[] = [];
let tagInputs: GetResourcesCommandInput[] = [];

beforeEach(() => {
  sns.reset();
  cloudwatch.reset();
  tagging.reset();
  listInputs = [];
  tagInputs = [];
  sns.on(ListTopicsCommand).callsFake((input: ListTopicsCommandInput) => {
    listInputs.push({ ...input });
    return input.NextToken === 'sns-page-2' ? page2 : page1;
  });
  sns.on(GetTopicAttributesCommand).callsFake((input: GetTopicAttributesCommandInput) => ({
    $metadata: {},
    Attributes: TOPIC_ATTRIBUTES[input.TopicArn ?? ''],
  }));
  tagging.on(GetResourcesCommand).callsFake((input: GetResourcesCommandInput) => {
    tagInputs.push({ ...input });
    return input.PaginationToken === 'tag-page-2' ? TAG_PAGES.last : TAG_PAGES.first;
  });
  sns.on(ListSubscriptionsCommand).resolves({ $metadata: {}, Subscriptions: SUBSCRIPTIONS });
  sns
    .on(GetSubscriptionAttributesCommand)
    .callsFake((input: GetSubscriptionAttributesCommandInput) => ({
      $metadata: {},
      Attributes: SUBSCRIPTION_ATTRIBUTES[input.SubscriptionArn ?? ''],
    }));
  cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => ({
    $metadata: {},
    MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
      const metric = q.MetricStat?.Metric;
      const value =
        metric?.MetricName === 'NumberOfMessagesPublished'
          ? PUBLISHED[metric.Dimensions?.[0]?.Value ?? '']
          : undefined;
      return { Id: q.Id, StatusCode: 'Complete', Values: value === undefined ? [] : [value] };
    }),
  }));
});

describe('snsScanner', () => {
  it('lists every topic across pages and judges their policies and encryption', async () => {
    const events = await scan();

    expect(listInputs).toEqual([{}, { NextToken: 'sns-page-2' }]);
    expect(valueOf(events, ARN.alerts, N.policyPublic)).toBe(true);
    expect(valueOf(events, ARN.alerts, N.policyPublicStatements)).toEqual(['AnyonePublishes']);
    // The default statement is pinned to the owner by AWS:SourceOwner: not public.
    expect(valueOf(events, ARN.orders, N.policyPublic)).toBe(false);
    expect(valueOf(events, ARN.orders, N.encrypted)).toBe(true);
    expect(valueOf(events, ARN.alerts, N.encrypted)).toBe(false);
    expect(valueOf(events, ARN.orders, N.tags)).toEqual({ team: 'ops' });
  });

  it('reads every topic’s tags in one GetResources listing, 100 a page, untagged ones as {}', async () => {
    const events = await scan();

    expect(tagInputs).toEqual([
      { ResourceTypeFilters: ['sns'], ResourcesPerPage: 100 },
      { ResourceTypeFilters: ['sns'], ResourcesPerPage: 100, PaginationToken: 'tag-page-2' },
    ]);
    expect(valueOf(events, ARN.orders, N.tags)).toEqual({ team: 'ops' });
    // Absent from GetResources: the topic has no tags.
    expect(valueOf(events, ARN.alerts, N.tags)).toEqual({});
    expect(valueOf(events, ARN.alerts, N.readError)).toBeUndefined();
    // A tagged resource the listing of topics does not name is not reported.
    expect(events.some((e) => e.resource_id === GONE_TOPIC)).toBe(false);
  });

  it('reads no topic’s tags as empty when GetResources is denied, naming it', async () => {
    tagging
      .on(GetResourcesCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized', 400));

    const events = await scan();

    for (const arn of [ARN.orders, ARN.alerts]) {
      expect(valueOf(events, arn, N.tags)).toBeUndefined();
      expect(valueOf(events, arn, N.readError)).toEqual([
        'tag:GetResources: AccessDeniedException',
      ]);
    }
  });

  it('lists subscriptions region-wide once and reads each confirmed one’s redrive policy', async () => {
    const events = await scan();

    expect(sns.commandCalls(ListSubscriptionsCommand)).toHaveLength(1);
    expect(sns.commandCalls(GetSubscriptionAttributesCommand)).toHaveLength(2);
    expect(valueOf(events, SUB.queue, N.deadLetterTargetArn)).toBe(DLQ);
    expect(valueOf(events, SUB.queue, N.hasDeadLetterQueue)).toBe(true);
    expect(valueOf(events, SUB.lambda, N.hasDeadLetterQueue)).toBe(false);
    expect(valueOf(events, SUB.lambda, N.subscriptionProtocol)).toBe('lambda');
  });

  it('reads traffic in one GetMetricData call and flags the idle topic', async () => {
    const events = await scan();

    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(1);
    expect(valueOf(events, ARN.orders, N.publishedSum)).toBe(1200);
    expect(valueOf(events, ARN.orders, N.idleTopic)).toBe(false);
    expect(valueOf(events, ARN.alerts, N.idleTopic)).toBe(true);
  });

  it('goes on when the secondary reads are denied, naming each', async () => {
    sns
      .on(GetTopicAttributesCommand)
      .rejects(awsError('AuthorizationError', 'not authorized', 403));
    sns.on(ListSubscriptionsCommand).rejects(awsError('AuthorizationError', 'not authorized', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));

    const events = await scan();

    expect(valueOf(events, ARN.orders, N.readError)).toEqual([
      'sns:GetTopicAttributes: AuthorizationError',
    ]);
    expect(valueOf(events, REGION_ID, N.readError)).toEqual([
      'sns:ListSubscriptions: AuthorizationError',
    ]);
    expect(valueOf(events, ARN.orders, N.policyPublic)).toBeUndefined();
    expect(valueOf(events, ARN.orders, N.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
  });

  it('fails the unit when ListTopics is denied, the region is not opted in, or SNS is not offered', async () => {
    await expectListingFailuresFailTheUnit(
      scan,
      (error) => sns.on(ListTopicsCommand).rejects(error),
      {
        denied: awsError('AuthorizationError', 'denied', 403),
        optIn: awsError('InvalidClientTokenId', 'opt-in', 403),
        notOffered: Object.assign(new Error('XML parse error: unexpected <html>'), {
          $metadata: { httpStatusCode: 404 },
        }),
      },
    );
  });

  it('emits nothing and makes no other call in a region without topics', async () => {
    sns.on(ListTopicsCommand).resolves({ $metadata: {}, Topics: [] });
    expect(await scan()).toEqual([]);
    expect(sns.commandCalls(ListSubscriptionsCommand)).toHaveLength(0);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    tagging.on(GetResourcesCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));
    expectOnlyDeclaredMetrics(snsScanner, SNS_METRICS, events);
  });

  it('declares exactly the IAM actions it calls', async () => {
    await scan();
    expectDeclaredPermissions(snsScanner, null, [
      ['sns', sns],
      ['cloudwatch', cloudwatch],
      ['tag', tagging],
    ]);
  });
});
