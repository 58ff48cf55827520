import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeDomainsCommand,
  ListDomainNamesCommand,
  OpenSearchClient,
  type DescribeDomainsCommandInput,
} from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
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
  KEY,
  listed,
  NAME,
  PARTNER,
  REGION,
  STATS,
} from './fixtures/sdk.js';
import { OPENSEARCH_METRIC as O, OPENSEARCH_METRICS } from './metrics.js';
import { openSearchScanner } from './scanner.js';

const opensearch = mockClient(OpenSearchClient);
const cloudwatch = mockClient(CloudWatchClient);

const scan = () =>
  scanUnit(openSearchScanner, REGION, [OpenSearchClient, CloudWatchClient], ACCOUNT);

let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  opensearch.reset();
  cloudwatch.reset();
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
        const value = STATS[domain]?.[metric?.MetricName as 'CPUUtilization' | 'FreeStorageSpace'];
        return { Id: q.Id, StatusCode: 'Complete', Values: value === undefined ? [] : [value] };
      }),
    };
  });
});

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
    // Every domain's CPU and free storage in one GetMetricData request.
    expect(metricInputs).toHaveLength(1);
    expect(metricInputs[0]?.MetricDataQueries).toHaveLength(14);
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

  it('emits only metric types it declares, with their declared value types, and all but one', async () => {
    const events: EventDraft[] = await scan();
    opensearch.on(DescribeDomainsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(openSearchScanner, OPENSEARCH_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(openSearchScanner, 'regional', [
      ['es', opensearch],
      ['cloudwatch', cloudwatch],
    ]);
  });
});
