import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeDomainConfigCommand,
  DescribeDomainsCommand,
  ListDomainNamesCommand,
  OpenSearchClient,
  type DescribeDomainConfigCommandInput,
  type DescribeDomainsCommandInput,
} from '@aws-sdk/client-opensearch';
import {
  GetProductsCommand,
  PricingClient,
  type GetProductsCommandInput,
} from '@aws-sdk/client-pricing';
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
  describeDomains,
  domainConfig,
  INSTANCE_PRICE_LIST,
  KEY,
  LEGACY_CREATED,
  listed,
  NAME,
  PARTNER,
  REGION,
  REGION_ID,
  STATS,
} from './fixtures/sdk.js';
import { OPENSEARCH_METRIC as O, OPENSEARCH_METRICS } from './metrics.js';
import { openSearchScanner } from './scanner.js';

const opensearch = mockClient(OpenSearchClient);
const cloudwatch = mockClient(CloudWatchClient);

const pricing = mockClient(PricingClient);

const scan = (options: Partial<ScanOptions> = {}): Promise<EventDraft[]> =>
  scanUnit(
    openSearchScanner,
    REGION,
    [OpenSearchClient, CloudWatchClient, PricingClient],
    ACCOUNT,
    options,
  );

const filterOf = (input: GetProductsCommandInput, field: string) =>
  input.Filters?.find((f) => f.Field === field)?.Value;

let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  opensearch.reset();
  cloudwatch.reset();
  pricing.reset();
  metricInputs = [];
  opensearch.on(ListDomainNamesCommand).resolves(listed);
  opensearch
    .on(DescribeDomainsCommand)
    .callsFake((input: DescribeDomainsCommandInput) => describeDomains(input.DomainNames ?? []));
  cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    metricInputs.push(input);
    return {
      $metadata: {},
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const metric = q.MetricStat?.Metric;
        const domain = metric?.Dimensions?.find((d) => d.Name === 'DomainName')?.Value ?? '';
        const value = STATS[domain]?.[metric?.MetricName as keyof (typeof STATS)[string]];
        return { Id: q.Id, StatusCode: 'Complete', Values: value === undefined ? [] : [value] };
      }),
    };
  });
  opensearch
    .on(DescribeDomainConfigCommand)
    .callsFake((input: DescribeDomainConfigCommandInput) =>
      domainConfig(input.DomainName ?? '', LEGACY_CREATED),
    );
  pricing.on(GetProductsCommand).callsFake((input: GetProductsCommandInput) => ({
    $metadata: {},
    PriceList: INSTANCE_PRICE_LIST[filterOf(input, 'instanceType') ?? ''] ?? [],
  }));
});

/** legacy-logs, idle, with three dedicated masters beside its data node. */
const withMasters = (input: DescribeDomainsCommandInput) => {
  const answer = describeDomains(input.DomainNames ?? []);
  answer.DomainStatusList = answer.DomainStatusList?.map((d) =>
    d.DomainName === NAME.legacy
      ? {
          ...d,
          ClusterConfig: {
            ...d.ClusterConfig,
            DedicatedMasterEnabled: true,
            DedicatedMasterType: 'm6g.large.search',
            DedicatedMasterCount: 3,
          },
        }
      : d,
  );
  return answer;
};

describe('openSearchScanner', () => {
  it('lists the domains once and describes them five a call', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ DomainName: `app-${i}` }));
    opensearch.on(ListDomainNamesCommand).resolves({ $metadata: {}, DomainNames: many });

    const events = await scan();

    expect(
      opensearch.commandCalls(DescribeDomainsCommand).map((c) => c.args[0].input.DomainNames),
    ).toEqual([
      ['app-0', 'app-1', 'app-2', 'app-3', 'app-4'],
      ['app-5', 'app-6'],
    ]);
    expect(new Set(events.map((e) => e.resource_id)).size).toBe(7);
    // Every domain's CPU, free storage, search and indexing rates in one GetMetricData request.
    expect(metricInputs).toHaveLength(1);
    expect(metricInputs[0]?.MetricDataQueries).toHaveLength(28);
    expect(metricInputs[0]?.MetricDataQueries?.[0]?.MetricStat?.Metric).toMatchObject({
      Namespace: 'AWS/ES',
      Dimensions: [
        { Name: 'DomainName', Value: 'app-0' },
        { Name: 'ClientId', Value: ACCOUNT },
      ],
    });
  });

  it('reports a sound domain in a VPC', async () => {
    const events = await scan();
    const at = (metric: string) => valueOf(events, ARN.orders, metric);

    expect(at(O.domainName)).toBe(NAME.orders);
    expect(at(O.engineType)).toBe('OpenSearch');
    expect(at(O.engineVersion)).toBe('OpenSearch_2.13');
    expect(at(O.vpcId)).toBe('vpc-0a1b2c3d');
    expect(at(O.publicEndpoint)).toBe(false);
    expect(at(O.openToAnyone)).toBe(false);
    expect(at(O.nodeToNodeEncryption)).toBe(true);
    expect(at(O.encryptionAtRest)).toBe(true);
    expect(at(O.kmsKeyId)).toBe(KEY);
    expect(at(O.fineGrainedAccessControl)).toBe(true);
    expect(at(O.enforceHttps)).toBe(true);
    expect(at(O.tlsSecurityPolicy)).toBe('Policy-Min-TLS-1-2-PFS-2023-10');
    expect(at(O.auditLogs)).toBe(true);
    expect(at(O.applicationLogs)).toBe(true);
    expect(at(O.indexSlowLogs)).toBe(false);
    expect(at(O.instanceCount)).toBe(3);
    expect(at(O.dedicatedMasterCount)).toBe(3);
    expect(at(O.zoneAwareness)).toBe(true);
    expect(at(O.availabilityZoneCount)).toBe(3);
    expect(at(O.updateAvailable)).toBe(false);
    expect(at(O.cpuAverage)).toBe(41.5);
    expect(at(O.freeStorageMin)).toBe(61_440);
  });

  it('reports a public domain open to anyone, and one whose policy narrows by source IP', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.legacy, O.publicEndpoint)).toBe(true);
    expect(valueOf(events, ARN.legacy, O.accessPolicyPublic)).toBe(true);
    expect(valueOf(events, ARN.legacy, O.accessPolicyPublicStatements)).toEqual(['Anyone']);
    expect(valueOf(events, ARN.legacy, O.openToAnyone)).toBe(true);
    expect(valueOf(events, ARN.legacy, O.encryptionAtRest)).toBe(false);
    expect(valueOf(events, ARN.legacy, O.enforceHttps)).toBe(false);
    expect(valueOf(events, ARN.legacy, O.indexSlowLogs)).toBe(true);
    // Configured but disabled: not published.
    expect(valueOf(events, ARN.legacy, O.searchSlowLogs)).toBe(false);
    expect(valueOf(events, ARN.legacy, O.dedicatedMasterCount)).toBe(0);
    expect(valueOf(events, ARN.legacy, O.updateAvailable)).toBe(true);
    expect(valueOf(events, ARN.legacy, O.freeStorageMin)).toBe(812);
    expect(valueOf(events, ARN.office, O.publicEndpoint)).toBe(true);
    expect(valueOf(events, ARN.office, O.accessPolicyPublic)).toBe(false);
    expect(valueOf(events, ARN.office, O.openToAnyone)).toBe(false);
    expect(valueOf(events, ARN.office, O.accessPolicyExternalAccounts)).toEqual([PARTNER]);
    // No datapoint: no statistic.
    expect(valueOf(events, ARN.office, O.cpuAverage)).toBeUndefined();
  });

  it('judges idle a domain without search or indexing requests over a window it existed for, and prices nothing without options.cost', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.orders, O.searchRateSum)).toBe(1_830_240);
    expect(valueOf(events, ARN.orders, O.idleDomain)).toBe(false);
    expect(valueOf(events, ARN.legacy, O.searchRateSum)).toBe(0);
    expect(valueOf(events, ARN.legacy, O.indexingRateSum)).toBe(0);
    expect(valueOf(events, ARN.legacy, O.idleDomain)).toBe(true);
    // No datapoint: not judged.
    expect(valueOf(events, ARN.office, O.idleDomain)).toBeUndefined();
    // Only the domain without requests has its creation date read.
    expect(
      opensearch.commandCalls(DescribeDomainConfigCommand).map((c) => c.args[0].input),
    ).toEqual([{ DomainName: NAME.legacy }]);
    expect(valueOf(events, ARN.legacy, O.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);
  });

  it('does not judge a domain created within the window, nor one whose creation date is unread', async () => {
    opensearch
      .on(DescribeDomainConfigCommand)
      .resolves(domainConfig(NAME.legacy, '2026-11-15T12:00:00.000Z'));
    const young = await scan({ cost: true });
    expect(valueOf(young, ARN.legacy, O.idleDomain)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);

    opensearch
      .on(DescribeDomainConfigCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized', 403));
    const unread = await scan({ cost: true });
    expect(valueOf(unread, ARN.legacy, O.idleDomain)).toBeUndefined();
    expect(valueOf(unread, ARN.legacy, O.readError)).toBe(
      'es:DescribeDomainConfig: AccessDeniedException',
    );
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);
  });

  it('with options.cost, prices an idle domain’s data node-hours at its type’s list price, one listing', async () => {
    const events = await scan({ cost: true });

    // 1 node × $0.038 × 730 h.
    expect(valueOf(events, ARN.legacy, O.estimatedMonthlyWasteUsd)).toBe(27.74);
    expect(valueOf(events, ARN.legacy, O.wasteEstimate)).toEqual({
      reason: 'idle_domain',
      quantity: 730,
      unit: 'Hrs',
      unit_price_usd: 0.038,
      hours_per_month: 730,
      monthly_usd: 27.74,
      currency: 'USD',
      price_source: `AWS Price List, on-demand, ${REGION}`,
    });
    expect(valueOf(events, ARN.orders, O.estimatedMonthlyWasteUsd)).toBeUndefined();
    const asked = pricing.commandCalls(GetProductsCommand).map((c) => c.args[0].input);
    expect(asked).toEqual([
      expect.objectContaining({
        ServiceCode: 'AmazonES',
        Filters: expect.arrayContaining([
          { Type: 'TERM_MATCH', Field: 'regionCode', Value: REGION },
          {
            Type: 'TERM_MATCH',
            Field: 'productFamily',
            Value: 'Amazon OpenSearch Service Instance',
          },
          { Type: 'TERM_MATCH', Field: 'instanceType', Value: 't3.small.search' },
        ]),
      }),
    ]);
  });

  it('adds the dedicated masters’ node-hours, one listing per instance type', async () => {
    opensearch.on(DescribeDomainsCommand).callsFake(withMasters);

    const events = await scan({ cost: true });

    // (1 × $0.038 + 3 × $0.141) × 730 h.
    expect(valueOf(events, ARN.legacy, O.estimatedMonthlyWasteUsd)).toBe(336.53);
    expect(valueOf(events, ARN.legacy, O.wasteEstimate)).toMatchObject({
      reason: 'idle_domain',
      quantity: 2920,
      unit: 'Hrs',
      monthly_usd: 336.53,
      components: [
        {
          role: 'data',
          instance_type: 't3.small.search',
          nodes: 1,
          quantity: 730,
          unit_price_usd: 0.038,
          monthly_usd: 27.74,
        },
        {
          role: 'dedicated_master',
          instance_type: 'm6g.large.search',
          nodes: 3,
          quantity: 2190,
          unit_price_usd: 0.141,
          monthly_usd: 308.79,
        },
      ],
    });
    expect(
      pricing
        .commandCalls(GetProductsCommand)
        .map((c) => filterOf(c.args[0].input, 'instanceType')),
    ).toEqual(['m6g.large.search', 't3.small.search']);
  });

  it('reports on the region when the Price List cannot be read, and prices nothing', async () => {
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 400));

    const events = await scan({ cost: true });

    expect(valueOf(events, REGION_ID, O.pricingUnavailable)).toMatchObject({
      error_code: 'AccessDeniedException',
    });
    expect(valueOf(events, ARN.legacy, O.idleDomain)).toBe(true);
    expect(valueOf(events, ARN.legacy, O.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, O.wasteEstimate)).toBeUndefined();
  });

  it('keeps each domain with an unread configuration when DescribeDomains is denied', async () => {
    opensearch
      .on(DescribeDomainsCommand)
      .rejects(
        awsError('AccessDeniedException', 'not authorized to perform es:DescribeDomains', 403),
      );
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));

    const events = await scan();

    expect(valueOf(events, ARN.legacy, O.readError)).toBe(
      'es:DescribeDomains: AccessDeniedException',
    );
    expect(valueOf(events, ARN.legacy, O.domainName)).toBe(NAME.legacy);
    expect(valueOf(events, ARN.legacy, O.openToAnyone)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, O.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
  });

  it('skips a domain deleted since the list (absent from, or marked Deleted in, DescribeDomains)', async () => {
    opensearch.on(DescribeDomainsCommand).callsFake((input: DescribeDomainsCommandInput) => {
      const answer = describeDomains((input.DomainNames ?? []).filter((n) => n !== NAME.office));
      answer.DomainStatusList = answer.DomainStatusList?.map((d) =>
        d.DomainName === NAME.legacy ? { ...d, Deleted: true } : d,
      );
      return answer;
    });

    const events = await scan();

    expect(new Set(events.map((e) => e.resource_id))).toEqual(new Set([ARN.orders]));
  });

  it('fails the unit when ListDomainNames is denied, the region is not opted in, or the service is not offered', async () => {
    await expectListingFailuresFailTheUnit(
      scan,
      (error) => opensearch.on(ListDomainNamesCommand).rejects(error),
      {
        denied: awsError('AccessDeniedException', 'denied', 403),
        optIn: awsError('UnrecognizedClientException', 'opt-in', 403),
      },
    );
    expect(opensearch.commandCalls(DescribeDomainsCommand)).toHaveLength(0);
  });

  it('emits nothing and makes no other call in a region without domains', async () => {
    opensearch.on(ListDomainNamesCommand).resolves({ $metadata: {}, DomainNames: [] });

    expect(await scan()).toEqual([]);
    expect(opensearch.commandCalls(DescribeDomainsCommand)).toHaveLength(0);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan({ cost: true });
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    events.push(...(await scan({ cost: true })));
    opensearch.on(DescribeDomainsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(openSearchScanner, OPENSEARCH_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan({ cost: true });
    expectDeclaredPermissions(openSearchScanner, 'regional', [
      ['es', opensearch],
      ['cloudwatch', cloudwatch],
      ['pricing', pricing],
    ]);
  });
});
