import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeSSLPoliciesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  type DescribeListenersCommandInput,
  type DescribeLoadBalancerAttributesCommandInput,
  type DescribeLoadBalancersCommandInput,
  type DescribeSSLPoliciesCommandInput,
  type DescribeTagsCommandInput,
  type DescribeTargetHealthCommandInput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
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
  ALB_PRICE_LIST,
  ARN,
  ATTRIBUTES,
  LISTENERS,
  page1,
  page2,
  REGION,
  SSL_POLICIES,
  TAGS,
  TARGET_GROUPS,
  TARGET_HEALTH,
  TRAFFIC,
} from './fixtures/sdk.js';
import { ELBV2_METRIC as E, ELBV2_METRICS } from './metrics.js';
import { elbv2Scanner } from './scanner.js';

const elb = mockClient(ElasticLoadBalancingV2Client);
const cloudwatch = mockClient(CloudWatchClient);

const pricing = mockClient(PricingClient);
const REGION_ID = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:region/${REGION}`;

const scan = (cost = false) =>
  scanUnit(
    elbv2Scanner,
    REGION,
    [ElasticLoadBalancingV2Client, CloudWatchClient, PricingClient],
    ACCOUNT,
    cost ? { cost: true } : {},
  );

let pageInputs: DescribeLoadBalancersCommandInput[] = [];
let tagInputs: DescribeTagsCommandInput[] = [];
let policyInputs: DescribeSSLPoliciesCommandInput[] = [];
let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  elb.reset();
  cloudwatch.reset();
  pricing.reset();
  pricing.on(GetProductsCommand).resolves({ $metadata: {}, PriceList: ALB_PRICE_LIST });
  pageInputs = [];
  tagInputs = [];
  policyInputs = [];
  metricInputs = [];
  elb.on(DescribeLoadBalancersCommand).callsFake((input: DescribeLoadBalancersCommandInput) => {
    pageInputs.push({ ...input });
    return input.Marker === 'elb-page-2' ? page2 : page1;
  });
  elb.on(DescribeListenersCommand).callsFake((input: DescribeListenersCommandInput) => ({
    $metadata: {},
    Listeners: LISTENERS[input.LoadBalancerArn ?? ''] ?? [],
  }));
  elb
    .on(DescribeLoadBalancerAttributesCommand)
    .callsFake((input: DescribeLoadBalancerAttributesCommandInput) => ({
      $metadata: {},
      Attributes: ATTRIBUTES[input.LoadBalancerArn ?? ''] ?? [],
    }));
  elb.on(DescribeTargetGroupsCommand).resolves({ $metadata: {}, TargetGroups: TARGET_GROUPS });
  elb.on(DescribeTargetHealthCommand).callsFake((input: DescribeTargetHealthCommandInput) => ({
    $metadata: {},
    TargetHealthDescriptions: TARGET_HEALTH[input.TargetGroupArn ?? ''] ?? [],
  }));
  elb.on(DescribeTagsCommand).callsFake((input: DescribeTagsCommandInput) => {
    tagInputs.push(input);
    return {
      $metadata: {},
      TagDescriptions: (input.ResourceArns ?? []).map((arn) => ({
        ResourceArn: arn,
        Tags: Object.entries(TAGS[arn] ?? {}).map(([Key, Value]) => ({ Key, Value })),
      })),
    };
  });
  elb.on(DescribeSSLPoliciesCommand).callsFake((input: DescribeSSLPoliciesCommandInput) => {
    policyInputs.push(input);
    return {
      $metadata: {},
      SslPolicies: (input.Names ?? []).map((Name) => ({ Name, SslProtocols: SSL_POLICIES[Name] })),
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
});

describe('elbv2Scanner', () => {
  it('lists every load balancer across pages, 400 a page', async () => {
    const events = await scan();

    expect(pageInputs).toEqual([{ PageSize: 400 }, { PageSize: 400, Marker: 'elb-page-2' }]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([ARN.web, ARN.nlb, ARN.orphan]),
    );
  });

  it('reports listeners, their TLS and the attributes the checks read', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.web, E.listeners)).toEqual([
      { port: 80, protocol: 'HTTP', redirects_to_https: true },
      {
        port: 443,
        protocol: 'HTTPS',
        ssl_policy: 'ELBSecurityPolicy-2016-08',
        redirects_to_https: false,
      },
    ]);
    expect(valueOf(events, ARN.web, E.plaintextListenerPorts)).toEqual([]);
    expect(valueOf(events, ARN.orphan, E.plaintextListenerPorts)).toEqual([80]);
    expect(valueOf(events, ARN.web, E.weakTlsListenerPorts)).toEqual([443]);
    expect(valueOf(events, ARN.nlb, E.weakTlsListenerPorts)).toEqual([]);
    expect(policyInputs).toEqual([
      { Names: ['ELBSecurityPolicy-2016-08', 'ELBSecurityPolicy-TLS13-1-2-2021-06'] },
    ]);

    expect(valueOf(events, ARN.web, E.accessLogsEnabled)).toBe(true);
    expect(valueOf(events, ARN.web, E.deletionProtectionEnabled)).toBe(true);
    expect(valueOf(events, ARN.web, E.dropInvalidHeaderFields)).toBe(true);
    expect(valueOf(events, ARN.nlb, E.accessLogsEnabled)).toBe(false);
    expect(valueOf(events, ARN.nlb, E.dropInvalidHeaderFields)).toBeUndefined();
    expect(valueOf(events, ARN.nlb, E.singleAz)).toBe(true);
    expect(valueOf(events, ARN.web, E.tags)).toEqual({ env: 'prod', team: 'storefront' });
    expect(tagInputs).toHaveLength(1);
  });

  it('counts healthy targets and traffic in one GetMetricData call, and flags the idle one', async () => {
    const events = await scan();

    expect(metricInputs).toHaveLength(1);
    expect(valueOf(events, ARN.web, E.targetCount)).toBe(3);
    expect(valueOf(events, ARN.web, E.healthyTargetCount)).toBe(2);
    expect(valueOf(events, ARN.web, E.requestCountSum)).toBe(1_250_000);
    expect(valueOf(events, ARN.nlb, E.requestCountSum)).toBe(3400);
    expect(valueOf(events, ARN.orphan, E.requestCountSum)).toBe(0);
    expect(valueOf(events, ARN.web, E.idleLoadBalancer)).toBe(false);
    expect(valueOf(events, ARN.orphan, E.idleLoadBalancer)).toBe(true);
    expect(valueOf(events, ARN.orphan, E.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);
  });

  it('with options.cost, prices an idle load balancer’s hours at its type’s list price, one listing', async () => {
    const events = await scan(true);

    expect(valueOf(events, ARN.orphan, E.estimatedMonthlyWasteUsd)).toBe(18.4);
    expect(valueOf(events, ARN.orphan, E.wasteEstimate)).toEqual({
      reason: 'no_healthy_targets',
      hourly_usd: 0.0252,
      hours_per_month: 730,
      monthly_usd: 18.4,
      currency: 'USD',
      price_source: `AWS Price List, on-demand, ${REGION}`,
    });
    expect(valueOf(events, ARN.web, E.estimatedMonthlyWasteUsd)).toBeUndefined();
    const asked = pricing.commandCalls(GetProductsCommand).map((c) => c.args[0].input);
    expect(asked).toEqual([
      expect.objectContaining({
        ServiceCode: 'AWSELB',
        Filters: expect.arrayContaining([
          { Type: 'TERM_MATCH', Field: 'productFamily', Value: 'Load Balancer-Application' },
          { Type: 'TERM_MATCH', Field: 'regionCode', Value: REGION },
        ]),
      }),
    ]);
  });

  it('reports on the region when the Price List cannot be read, and prices nothing', async () => {
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 403));

    const events = await scan(true);

    expect(valueOf(events, REGION_ID, E.pricingUnavailable)).toMatchObject({
      error_code: 'AccessDeniedException',
    });
    expect(valueOf(events, ARN.orphan, E.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(valueOf(events, ARN.orphan, E.idleLoadBalancer)).toBe(true);
  });

  it('asks DescribeTags for 20 load balancers a call', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({
      ...page2.LoadBalancers![0]!,
      LoadBalancerArn: `${ARN.orphan}${i}`,
      LoadBalancerName: `lb-${i}`,
    }));
    elb.on(DescribeLoadBalancersCommand).resolves({ $metadata: {}, LoadBalancers: many });

    await scan();

    expect(tagInputs.map((i) => i.ResourceArns?.length)).toEqual([20, 20, 5]);
  });

  it('goes on when the per-load-balancer reads are denied, naming each', async () => {
    elb.on(DescribeListenersCommand).rejects(awsError('AccessDenied', 'not authorized', 403));
    elb.on(DescribeLoadBalancerAttributesCommand).rejects(awsError('AccessDenied', 'no', 403));
    elb.on(DescribeTagsCommand).rejects(awsError('AccessDenied', 'no', 403));
    elb.on(DescribeTargetHealthCommand).rejects(awsError('AccessDenied', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));

    const events = await scan();

    expect(valueOf(events, ARN.web, E.readError)).toEqual([
      'elasticloadbalancing:DescribeListeners: AccessDenied',
      'elasticloadbalancing:DescribeLoadBalancerAttributes: AccessDenied',
      'elasticloadbalancing:DescribeTags: AccessDenied',
      'elasticloadbalancing:DescribeTargetHealth: AccessDenied',
    ]);
    expect(valueOf(events, ARN.web, E.accessLogsEnabled)).toBeUndefined();
    expect(valueOf(events, ARN.web, E.idleLoadBalancer)).toBeUndefined();
    expect(valueOf(events, ARN.web, E.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
    expect(elb.commandCalls(DescribeSSLPoliciesCommand)).toHaveLength(0);
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

  it('emits nothing and makes no other call in a region without load balancers', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({ $metadata: {}, LoadBalancers: [] });

    expect(await scan()).toEqual([]);
    expect(elb.commandCalls(DescribeTargetGroupsCommand)).toHaveLength(0);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan(true);
    elb.on(DescribeListenersCommand).rejects(awsError('AccessDenied', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    events.push(...(await scan(true)));

    expectOnlyDeclaredMetrics(elbv2Scanner, ELBV2_METRICS, events);
  });

  it('declares exactly the IAM actions it calls', async () => {
    await scan(true);
    expectDeclaredPermissions(elbv2Scanner, null, [
      ['elasticloadbalancing', elb],
      ['cloudwatch', cloudwatch],
      ['pricing', pricing],
    ]);
  });
});
