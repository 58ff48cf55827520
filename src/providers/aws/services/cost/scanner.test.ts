import {
  CostExplorerClient,
  CostExplorerServiceException,
  GetCostAndUsageCommand,
  GetCostForecastCommand,
  GetRightsizingRecommendationCommand,
  type GetCostAndUsageCommandInput,
} from '@aws-sdk/client-cost-explorer';
import {
  DescribeOrganizationCommand,
  OrganizationsClient,
  OrganizationsServiceException,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiCostMeter,
  MetricCatalogue,
  type EventDraft,
  type ResultCache,
  type Store,
} from '../../../../core/index.js';
import { tenantResultCache } from '../../../../scanning/result-cache.js';
import { createSqliteStore } from '../../../../storage/sqlite/sqlite-store.js';
import {
  drainEvents,
  FAKE_CREDENTIALS,
  fakeClients,
  unitContext,
  valueOf,
} from '../../testing/unit-context.js';
import * as fx from './fixtures/responses.js';
import { COST_METRIC } from './metrics.js';
import { costScanner } from './scanner.js';

const ce = mockClient(CostExplorerClient);
const orgs = mockClient(OrganizationsClient);
const ACCOUNT = 'arn:aws:iam::123456789012:root';
const EC2_SERVICE =
  'arn:aws:ce::123456789012:service/Amazon%20Elastic%20Compute%20Cloud%20-%20Compute';
const NOW = new Date('2026-11-20T10:00:00Z');

let store: Store;
let cacheOf: (clientId: string) => ResultCache;

beforeEach(async () => {
  ce.reset();
  orgs.reset();
  store = await createSqliteStore({ file: ':memory:' });
  cacheOf = (clientId) => tenantResultCache(store, { now: () => NOW }, clientId);
});
afterEach(async () => {
  await store.close();
});

function answerCostExplorer(): void {
  ce.on(GetCostAndUsageCommand).callsFake((input: GetCostAndUsageCommandInput) => {
    const keys = input.GroupBy?.map((g) => g.Key).join(',');
    if (input.Granularity === 'DAILY') return fx.daily;
    if (keys === 'LINKED_ACCOUNT') return fx.linkedAccounts;
    return input.NextPageToken === 'AAMA-EFRSURBSHhrU2VZ' ? fx.monthlyPage2 : fx.monthlyPage1;
  });
  ce.on(GetCostForecastCommand).resolves(fx.forecast);
  ce.on(GetRightsizingRecommendationCommand).resolves(fx.rightsizing);
}

function management(masterAccountId: string): void {
  orgs.on(DescribeOrganizationCommand).resolves({
    Organization: {
      Id: 'o-a1b2c3d4e5',
      MasterAccountId: masterAccountId,
      Arn: `arn:aws:organizations::${masterAccountId}:organization/o-a1b2c3d4e5`,
    },
  });
}

function scan(
  options: { cost?: boolean; clientId?: string; meter?: ApiCostMeter } = {},
): Promise<EventDraft[]> {
  const clients = fakeClients(
    'us-east-1',
    new CostExplorerClient({ region: 'us-east-1', credentials: FAKE_CREDENTIALS }),
    new OrganizationsClient({ region: 'us-east-1', credentials: FAKE_CREDENTIALS }),
  );
  const ctx = unitContext(clients);
  return drainEvents(
    costScanner.scan({
      ...ctx,
      region: 'global',
      clock: { now: () => NOW },
      options: { ...ctx.options, cost: options.cost ?? true },
      cache: cacheOf(options.clientId ?? 'client-acme'),
      meter: options.meter,
    }),
  );
}

function denied(name: string, message: string) {
  return new CostExplorerServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message,
  });
}

describe('costScanner', () => {
  it('asks Cost Explorer nothing without options.cost, and says why', async () => {
    answerCostExplorer();
    const events = await scan({ cost: false });

    expect(ce.calls()).toHaveLength(0);
    expect(orgs.calls()).toHaveLength(0);
    expect(events).toEqual([
      {
        resource_id: ACCOUNT,
        metric_type: COST_METRIC.explorerStatus,
        metric_value: expect.objectContaining({ status: 'not_requested' }),
      },
    ]);
  });

  it('folds every page of the monthly request into months, services and regions', async () => {
    answerCostExplorer();
    management('999999999999');
    const events = await scan();

    const monthly = ce
      .commandCalls(GetCostAndUsageCommand)
      .filter((c) => c.args[0].input.Granularity === 'MONTHLY');
    expect(monthly.map((c) => c.args[0].input.NextPageToken)).toEqual([
      undefined,
      'AAMA-EFRSURBSHhrU2VZ',
    ]);
    expect(monthly[0]!.args[0].input).toMatchObject({
      TimePeriod: { Start: '2026-06-01', End: '2026-11-20' },
      Metrics: ['UnblendedCost'],
      GroupBy: [
        { Type: 'DIMENSION', Key: 'SERVICE' },
        { Type: 'DIMENSION', Key: 'REGION' },
      ],
    });
    expect(valueOf(events, ACCOUNT, COST_METRIC.monthlyCostUsd)).toEqual({
      '2026-06': 1116.5,
      '2026-10': 1330.76,
      '2026-11': 598.33,
    });
    expect(valueOf(events, ACCOUNT, COST_METRIC.monthlyCostByRegionUsd)).toMatchObject({
      '2026-10': { 'eu-west-1': 1210.26, 'us-east-1': 120.5 },
    });
    expect(valueOf(events, EC2_SERVICE, COST_METRIC.serviceMonthlyCostUsd)).toEqual({
      '2026-06': 812.4,
      '2026-10': 1020.51,
      '2026-11': 598.33,
    });
    expect(valueOf(events, EC2_SERVICE, COST_METRIC.serviceDailyCostUsd)).toEqual({
      '2026-11-18': 31.2,
      '2026-11-19': 30.9,
    });
    expect(valueOf(events, ACCOUNT, COST_METRIC.dailyCostUsd)).toEqual({
      '2026-11-18': 41.2,
      '2026-11-19': 30.9,
    });
    expect(valueOf(events, ACCOUNT, COST_METRIC.forecastMonthlyCostUsd)).toEqual({
      '2026-11': { mean: 1012.55, lower: 950.1, upper: 1074.9 },
    });
    expect(valueOf(events, ACCOUNT, COST_METRIC.rightsizingRecommendations)).toEqual([
      {
        instance_id: 'i-0a1b2c3d4e5f60002',
        account_id: '123456789012',
        region: 'EU (Ireland)',
        current_type: 'm5.2xlarge',
        action: 'MODIFY',
        target_type: 'm5.xlarge',
        estimated_monthly_savings_usd: 163.52,
      },
      {
        instance_id: 'i-0a1b2c3d4e5f60009',
        account_id: '123456789012',
        region: 'EU (Ireland)',
        current_type: 't3.micro',
        action: 'TERMINATE',
        estimated_monthly_savings_usd: 0.22,
      },
    ]);
    // Not the management account: no request by linked account.
    expect(valueOf(events, ACCOUNT, COST_METRIC.monthlyCostByLinkedAccountUsd)).toBeUndefined();
    expect(ce.commandCalls(GetCostAndUsageCommand)).toHaveLength(3);
    expect(valueOf(events, ACCOUNT, COST_METRIC.explorerStatus)).toMatchObject({
      status: 'collected',
      estimated_months: ['2026-11'],
      paid_requests: 5,
      cached_requests: 0,
    });
  });

  it('adds the cost per member account in the management account', async () => {
    answerCostExplorer();
    management('123456789012');
    const events = await scan();

    expect(valueOf(events, ACCOUNT, COST_METRIC.monthlyCostByLinkedAccountUsd)).toEqual({
      '2026-10': { '123456789012': 42.1, '210987654321': 1288.66 },
    });
  });

  it('makes no Cost Explorer call on a second scan the same day, and counts the first one', async () => {
    answerCostExplorer();
    management('999999999999');
    const firstMeter = new ApiCostMeter();
    const first = await scan({ meter: firstMeter });
    const callsAfterFirst = ce.calls().length + orgs.calls().length;

    const secondMeter = new ApiCostMeter();
    const second = await scan({ meter: secondMeter });

    // Monthly (2 pages) + daily + forecast + rightsizing: five paid requests, USD 0.05.
    expect(firstMeter.requests).toBe(5);
    expect(firstMeter.usd).toBe(0.05);
    expect(ce.calls().length + orgs.calls().length).toBe(callsAfterFirst);
    expect(secondMeter.requests).toBe(0);
    expect(valueOf(second, ACCOUNT, COST_METRIC.monthlyCostUsd)).toEqual(
      valueOf(first, ACCOUNT, COST_METRIC.monthlyCostUsd),
    );
    expect(valueOf(second, ACCOUNT, COST_METRIC.explorerStatus)).toMatchObject({
      cached_requests: 4,
      paid_requests: 0,
    });
    // The unit's own cost is reported by the first scan only.
    expect(
      valueOf(first, 'arn:aws:cost::123456789012:account', 'aws.cost.account.scan_api_cost_usd'),
    ).toBe(0.05);
    expect(second.some((e) => e.metric_type === 'aws.cost.account.scan_api_cost_usd')).toBe(false);
  });

  it('never serves one tenant the answers fetched for another', async () => {
    answerCostExplorer();
    management('999999999999');
    await scan({ clientId: 'tenant-a' });
    const before = ce.calls().length;

    await scan({ clientId: 'tenant-b' });

    expect(ce.calls().length).toBe(before * 2);
  });

  it.each([
    ['DataUnavailableException', 'Opt-in only feature: Cost Explorer has not been enabled.'],
    ['AccessDeniedException', 'User is not authorized to perform: ce:GetCostAndUsage'],
  ])('records %s as a fact instead of failing the unit', async (name, message) => {
    orgs.on(DescribeOrganizationCommand).rejects(
      new OrganizationsServiceException({
        name: 'AWSOrganizationsNotInUseException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: 'Your account is not a member of an organization.',
      }),
    );
    ce.on(GetCostAndUsageCommand).rejects(denied(name, message));
    const meter = new ApiCostMeter();

    const events = await scan({ meter });

    expect(valueOf(events, ACCOUNT, COST_METRIC.explorerStatus)).toMatchObject({
      status: 'unavailable',
      error_code: name,
    });
    // Only the first request was tried; a refused request is not billed.
    expect(ce.calls()).toHaveLength(1);
    expect(meter.requests).toBe(0);
  });

  it('keeps the costs when rightsizing is not enabled', async () => {
    answerCostExplorer();
    management('999999999999');
    ce.on(GetRightsizingRecommendationCommand).rejects(
      denied('AccessDeniedException', 'Rightsizing EC2 recommendation is an opt-in only feature.'),
    );

    const events = await scan();

    expect(valueOf(events, ACCOUNT, COST_METRIC.monthlyCostUsd)).toBeDefined();
    expect(valueOf(events, ACCOUNT, COST_METRIC.rightsizingRecommendations)).toBeUndefined();
    expect(valueOf(events, ACCOUNT, COST_METRIC.explorerStatus)).toMatchObject({
      rightsizing: 'AccessDeniedException',
    });
  });

  it('lets an unexpected Cost Explorer error fail the unit', async () => {
    management('999999999999');
    ce.on(GetCostAndUsageCommand).rejects(denied('InvalidNextTokenException', 'bad token'));
    await expect(scan()).rejects.toMatchObject({ name: 'InvalidNextTokenException' });
  });

  it('declares every metric it emits and calls exactly the actions it declares', async () => {
    answerCostExplorer();
    management('123456789012');
    const catalogue = new MetricCatalogue(costScanner.metrics);
    const events = await scan();

    expect(events.map((e) => catalogue.problemWith(e.metric_type, e.metric_value))).toEqual(
      events.map(() => null),
    );
    const called = [
      ...ce
        .calls()
        .map((c) => `ce:${(c.args[0] as object).constructor.name.replace(/Command$/, '')}`),
      ...orgs
        .calls()
        .map(
          (c) => `organizations:${(c.args[0] as object).constructor.name.replace(/Command$/, '')}`,
        ),
    ];
    expect(new Set(called)).toEqual(new Set(costScanner.permissions));
    expect(costScanner.scope).toBe('global');
  });
});
