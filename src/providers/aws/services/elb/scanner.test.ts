import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingClient,
  type DescribeAccessPointsInput,
  type DescribeLoadBalancerAttributesCommandInput,
  type DescribeLoadBalancerPoliciesCommandInput,
  type DescribeTagsCommandInput,
} from '@aws-sdk/client-elastic-load-balancing';
import { GetProductsCommand, PricingClient } from '@aws-sdk/client-pricing';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
} from '../../testing/scanner-contract.js';
import { scanUnit, valueOf } from '../../testing/unit-context.js';
import {
  ACCOUNT,
  ARN,
  ATTRIBUTES,
  page1,
  page2,
  POLICIES,
  PRICE_LIST,
  REGION,
  TAGS,
  TRAFFIC,
} from './fixtures/sdk.js';
import { ELB_METRIC as E, ELB_METRICS } from './metrics.js';
import { elbScanner } from './scanner.js';

const elb = mockClient(ElasticLoadBalancingClient);
const cloudwatch = mockClient(CloudWatchClient);
const pricing = mockClient(PricingClient);
const REGION_ID = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:region/${REGION}`;

const scan = (cost = false) =>
  scanUnit(
    elbScanner,
    REGION,
    [ElasticLoadBalancingClient, CloudWatchClient, PricingClient],
    ACCOUNT,
    cost ? { cost: true } : {},
  );

let pageInputs: DescribeAccessPointsInput[] = [];
let tagInputs: DescribeTagsCommandInput[] = [];
let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  elb.reset();
  cloudwatch.reset();
  pricing.reset();
  pageInputs = [];
  tagInputs = [];
  metricInputs = [];
  elb.on(DescribeLoadBalancersCommand).callsFake((input: DescribeAccessPointsInput) => {
    pageInputs.push({ ...input });
    return { $metadata: {}, ...(input.Marker === 'classic-page-2' ? page2 : page1) };
  });
  elb
    .on(DescribeLoadBalancerAttributesCommand)
    .callsFake((input: DescribeLoadBalancerAttributesCommandInput) => ({
      $metadata: {},
      LoadBalancerAttributes: ATTRIBUTES[input.LoadBalancerName ?? ''],
    }));
  elb
    .on(DescribeLoadBalancerPoliciesCommand)
    .callsFake((input: DescribeLoadBalancerPoliciesCommandInput) => ({
      $metadata: {},
      PolicyDescriptions: POLICIES[input.LoadBalancerName ?? ''] ?? [],
    }));
  elb.on(DescribeTagsCommand).callsFake((input: DescribeTagsCommandInput) => {
    tagInputs.push(input);
    return {
      $metadata: {},
      TagDescriptions: (input.LoadBalancerNames ?? []).map((name) => ({
        LoadBalancerName: name,
        Tags: Object.entries(TAGS[name] ?? {}).map(([Key, Value]) => ({ Key, Value })),
      })),
    };
  });
  cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    metricInputs.push(input);
    return {
      $metadata: {},
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const value = TRAFFIC[q.MetricStat?.Metric?.Dimensions?.[0]?.Value ?? ''];
        return {
          Id: q.Id,
          StatusCode: 'Complete',
          Values: value === undefined ? [] : [value],
          Timestamps: value === undefined ? [] : [new Date('2026-11-06T10:00:00Z')],
        };
      }),
    };
  });
  pricing.on(GetProductsCommand).resolves({ $metadata: {}, PriceList: PRICE_LIST });
});

describe('elbScanner', () => {
  it('lists every Classic Load Balancer across pages, 400 a page', async () => {
    const events = await scan();

    expect(pageInputs).toEqual([{ PageSize: 400 }, { PageSize: 400, Marker: 'classic-page-2' }]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([ARN.web, ARN.legacy, ARN.orphan]),
    );
  });

  it('reports listeners with their predefined SSL policy, and the attributes the checks read', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.legacy, E.listeners)).toEqual([
      { protocol: 'HTTP', port: 80, instance_protocol: 'HTTP', instance_port: 8080 },
      {
        protocol: 'SSL',
        port: 8443,
        instance_protocol: 'TCP',
        instance_port: 8443,
        ssl_policy: 'ELBSecurityPolicy-2016-08',
      },
    ]);
    expect(valueOf(events, ARN.legacy, E.plaintextListenerPorts)).toEqual([80]);
    expect(valueOf(events, ARN.web, E.plaintextListenerPorts)).toEqual([]);
    expect(valueOf(events, ARN.web, E.accessLogsEnabled)).toBe(true);
    expect(valueOf(events, ARN.legacy, E.connectionDrainingEnabled)).toBe(false);
    expect(valueOf(events, ARN.legacy, E.crossZoneEnabled)).toBe(false);
    expect(valueOf(events, ARN.legacy, E.desyncMitigationMode)).toBe('monitor');
    expect(valueOf(events, ARN.legacy, E.singleAz)).toBe(true);
    expect(valueOf(events, ARN.web, E.availabilityZones)).toEqual(['eu-west-3a', 'eu-west-3b']);
    expect(valueOf(events, ARN.web, E.tags)).toEqual({ env: 'prod', team: 'storefront' });
    expect(valueOf(events, ARN.orphan, E.tags)).toEqual({});
    expect(tagInputs).toEqual([{ LoadBalancerNames: ['web', 'legacy', 'orphan'] }]);
  });

  it('counts requests in one GetMetricData call and flags the idle ones', async () => {
    const events = await scan();

    expect(metricInputs).toHaveLength(1);
    expect(valueOf(events, ARN.web, E.requestCountSum)).toBe(1_250_000);
    expect(valueOf(events, ARN.legacy, E.requestCountSum)).toBe(0);
    expect(valueOf(events, ARN.orphan, E.instanceCount)).toBe(0);
    expect(valueOf(events, ARN.web, E.idleLoadBalancer)).toBe(false);
    expect(valueOf(events, ARN.legacy, E.idleLoadBalancer)).toBe(true);
    expect(valueOf(events, ARN.orphan, E.idleLoadBalancer)).toBe(true);
    expect(valueOf(events, ARN.orphan, E.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);
  });

  it('with options.cost, prices an idle load balancer’s hours in dollars a month', async () => {
    const events = await scan(true);

    expect(valueOf(events, ARN.orphan, E.estimatedMonthlyWasteUsd)).toBe(20.44);
    expect(valueOf(events, ARN.orphan, E.wasteEstimate)).toEqual({
      reason: 'no_registered_instances',
      hourly_usd: 0.028,
      hours_per_month: 730,
      monthly_usd: 20.44,
      currency: 'USD',
      price_source: `AWS Price List, on-demand, ${REGION}`,
    });
    expect(valueOf(events, ARN.legacy, E.wasteEstimate)).toMatchObject({ reason: 'no_requests' });
    expect(valueOf(events, ARN.web, E.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(1);
  });

  it('reports on the region when the Price List cannot be read', async () => {
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 403));

    const events = await scan(true);

    expect(valueOf(events, REGION_ID, E.pricingUnavailable)).toMatchObject({
      error_code: 'AccessDeniedException',
    });
    expect(valueOf(events, ARN.orphan, E.estimatedMonthlyWasteUsd)).toBeUndefined();
  });

  it('asks DescribeTags for 20 load balancers a call', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({
      ...page2.LoadBalancerDescriptions![0]!,
      LoadBalancerName: `lb-${i}`,
    }));
    elb
      .on(DescribeLoadBalancersCommand)
      .resolves({ $metadata: {}, LoadBalancerDescriptions: many });

    await scan();

    expect(tagInputs.map((i) => i.LoadBalancerNames?.length)).toEqual([20, 20, 5]);
    expect(metricInputs).toHaveLength(1);
  });

  it('goes on when the per-load-balancer reads are denied, naming each', async () => {
    elb.on(DescribeLoadBalancerAttributesCommand).rejects(awsError('AccessDenied', 'no', 403));
    elb.on(DescribeLoadBalancerPoliciesCommand).rejects(awsError('AccessDenied', 'no', 403));
    elb.on(DescribeTagsCommand).rejects(awsError('AccessDenied', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));

    const events = await scan();

    expect(valueOf(events, ARN.web, E.readError)).toEqual([
      'elasticloadbalancing:DescribeLoadBalancerPolicies: AccessDenied',
      'elasticloadbalancing:DescribeLoadBalancerAttributes: AccessDenied',
      'elasticloadbalancing:DescribeTags: AccessDenied',
    ]);
    expect(valueOf(events, ARN.web, E.accessLogsEnabled)).toBeUndefined();
    expect(valueOf(events, ARN.web, E.idleLoadBalancer)).toBeUndefined();
    // No instance registered is idle whatever the traffic.
    expect(valueOf(events, ARN.orphan, E.idleLoadBalancer)).toBe(true);
    expect(valueOf(events, ARN.web, E.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
  });

  it('skips the reads of a load balancer deleted between the listing and them', async () => {
    elb
      .on(DescribeLoadBalancerAttributesCommand)
      .rejects(awsError('LoadBalancerNotFound', 'There is no ACTIVE Load Balancer named web', 400));

    const events = await scan();

    expect(valueOf(events, ARN.web, E.readError)).toBeUndefined();
    expect(valueOf(events, ARN.web, E.accessLogsEnabled)).toBeUndefined();
  });

  it('fails the unit when DescribeLoadBalancers is denied or the API is not offered', async () => {
    elb.on(DescribeLoadBalancersCommand).rejects(awsError('AccessDenied', 'denied', 403));
    await expect(scan()).rejects.toMatchObject({ name: 'AccessDenied' });

    elb.on(DescribeLoadBalancersCommand).rejects(
      Object.assign(new Error('XML parse error: unexpected <html>'), {
        $metadata: { httpStatusCode: 404 },
      }),
    );
    await expect(scan()).rejects.toThrow('XML parse error');
  });

  it('emits nothing and makes no other call in a region without Classic Load Balancers', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({ $metadata: {}, LoadBalancerDescriptions: [] });

    expect(await scan(true)).toEqual([]);
    expect(elb.commandCalls(DescribeTagsCommand)).toHaveLength(0);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan(true);
    elb.on(DescribeLoadBalancerAttributesCommand).rejects(awsError('AccessDenied', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    events.push(...(await scan(true)));

    expectOnlyDeclaredMetrics(elbScanner, ELB_METRICS, events);
  });

  it('declares exactly the IAM actions it calls', async () => {
    await scan(true);
    expectDeclaredPermissions(elbScanner, null, [
      ['elasticloadbalancing', elb],
      ['cloudwatch', cloudwatch],
      ['pricing', pricing],
    ]);
  });
});
