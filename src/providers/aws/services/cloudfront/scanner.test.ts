import {
  CloudFrontClient,
  GetDistributionConfigCommand,
  ListDistributionsCommand,
  type GetDistributionConfigCommandInput,
  type ListDistributionsCommandInput,
} from '@aws-sdk/client-cloudfront';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  DescribeDeliverySourcesCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { classifyAwsError } from '../../errors.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
} from '../../testing/scanner-contract.js';
import {
  drainEvents,
  FAKE_CREDENTIALS,
  fakeClients,
  unitContext,
  valueOf,
} from '../../testing/unit-context.js';
import {
  ACCOUNT,
  ARN,
  deliverySources,
  distributionConfig,
  ID,
  page1,
  page2,
  STATISTICS,
  WEB_ACL,
} from './fixtures/sdk.js';
import { CLOUDFRONT_METRIC as C, CLOUDFRONT_METRICS } from './metrics.js';
import { cloudFrontScanner } from './scanner.js';

const cloudfront = mockClient(CloudFrontClient);
const logs = mockClient(CloudWatchLogsClient);
const cloudwatch = mockClient(CloudWatchClient);

const scan = () =>
  drainEvents(
    cloudFrontScanner.scan(
      unitContext(
        fakeClients(
          'us-east-1',
          new CloudFrontClient({ region: 'us-east-1', credentials: FAKE_CREDENTIALS }),
          new CloudWatchLogsClient({ region: 'us-east-1', credentials: FAKE_CREDENTIALS }),
          new CloudWatchClient({ region: 'us-east-1', credentials: FAKE_CREDENTIALS }),
        ),
        ACCOUNT,
      ),
    ),
  );

let listInputs: ListDistributionsCommandInput[] = [];
let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  cloudfront.reset();
  logs.reset();
  cloudwatch.reset();
  listInputs = [];
  metricInputs = [];
  cloudfront.on(ListDistributionsCommand).callsFake((input: ListDistributionsCommandInput) => {
    listInputs.push({ ...input });
    return input.Marker === ID.legacy ? page2 : page1;
  });
  cloudfront
    .on(GetDistributionConfigCommand)
    .callsFake((input: GetDistributionConfigCommandInput) => distributionConfig(input.Id ?? ''));
  logs.on(DescribeDeliverySourcesCommand).resolves(deliverySources);
  cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    metricInputs.push(input);
    return {
      $metadata: {},
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const stat = q.MetricStat!;
        const id = stat.Metric?.Dimensions?.find((d) => d.Name === 'DistributionId')?.Value ?? '';
        const value = STATISTICS[id]?.[`${stat.Metric?.MetricName}/${stat.Stat}`];
        return {
          Id: q.Id,
          StatusCode: 'Complete',
          Timestamps: value === undefined ? [] : [new Date('2026-11-06T10:00:00Z')],
          Values: value === undefined ? [] : [value],
        };
      }),
    };
  });
});

describe('cloudFrontScanner', () => {
  it('lists every distribution across pages, 100 a page, as a global scanner', async () => {
    const events = await scan();

    expect(cloudFrontScanner.scope).toBe('global');
    expect(listInputs).toEqual([{ MaxItems: 100 }, { MaxItems: 100, Marker: ID.legacy }]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([ARN.web, ARN.legacy, ARN.api]),
    );
  });

  it('reports viewer protocol, TLS policy, origins and WAF of each distribution', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.web, C.aliases)).toEqual(['www.example.com']);
    expect(valueOf(events, ARN.web, C.allowsPlainHttp)).toBe(false);
    expect(valueOf(events, ARN.legacy, C.allowsPlainHttp)).toBe(true);
    expect(valueOf(events, ARN.legacy, C.viewerProtocolPolicies)).toEqual({
      '*': 'https-only',
      '/images/*': 'allow-all',
    });
    expect(valueOf(events, ARN.web, C.minimumProtocolVersion)).toBe('TLSv1.2_2021');
    expect(valueOf(events, ARN.legacy, C.minimumProtocolVersion)).toBe('TLSv1');
    expect(valueOf(events, ARN.legacy, C.defaultCertificate)).toBe(true);
    expect(valueOf(events, ARN.web, C.webAclId)).toBe(WEB_ACL);
    expect(valueOf(events, ARN.legacy, C.webAclId)).toBeUndefined();
    expect(valueOf(events, ARN.web, C.origins)).toEqual([
      {
        id: 'site-bucket',
        domain_name: 'acme-site.s3.eu-west-1.amazonaws.com',
        kind: 's3',
        origin_access_control: 'E2OACEXAMPLE01',
      },
    ]);
    expect(valueOf(events, ARN.legacy, C.origins)).toEqual([
      {
        id: 'assets',
        domain_name: 'acme-assets.s3.amazonaws.com',
        kind: 's3',
        origin_access_identity: 'origin-access-identity/cloudfront/E74FTE3EXAMPLE',
      },
    ]);
    expect(valueOf(events, ARN.api, C.origins)).toEqual([
      {
        id: 'alb',
        domain_name: 'api-1234567890.eu-west-1.elb.amazonaws.com',
        kind: 'custom',
        protocol_policy: 'https-only',
      },
    ]);
  });

  it('tells logging from standard logging to S3 and from standard logs v2 deliveries', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.web, C.loggingEnabled)).toBe(true);
    expect(valueOf(events, ARN.api, C.loggingEnabled)).toBe(true);
    expect(valueOf(events, ARN.legacy, C.loggingEnabled)).toBe(false);
    expect(cloudfront.commandCalls(GetDistributionConfigCommand)).toHaveLength(3);
    expect(logs.commandCalls(DescribeDeliverySourcesCommand)).toHaveLength(1);
  });

  it('says nothing of logging it cannot tell, and records why', async () => {
    logs.on(DescribeDeliverySourcesCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    cloudfront
      .on(GetDistributionConfigCommand, { Id: ID.web })
      .rejects(awsError('AccessDenied', 'no', 403));

    const events = await scan();

    // web: legacy logging unread, v2 unread → unknown; legacy: off, v2 unread → unknown.
    expect(valueOf(events, ARN.web, C.loggingEnabled)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, C.loggingEnabled)).toBeUndefined();
    expect(valueOf(events, ARN.web, C.configError)).toBe(
      'cloudfront:GetDistributionConfig: AccessDenied',
    );
    expect(valueOf(events, ARN.legacy, C.logDeliveryError)).toBe(
      'logs:DescribeDeliverySources: AccessDeniedException',
    );
  });

  it('fetches every distribution’s statistics in one GetMetricData call (Region=Global) and flags the idle one', async () => {
    const events = await scan();

    expect(metricInputs).toHaveLength(1);
    expect(metricInputs[0]?.MetricDataQueries).toHaveLength(3 * 4);
    expect(metricInputs[0]?.MetricDataQueries?.[0]?.MetricStat?.Metric?.Dimensions).toEqual([
      { Name: 'DistributionId', Value: ID.web },
      { Name: 'Region', Value: 'Global' },
    ]);
    expect(valueOf(events, ARN.web, C.requestsSum)).toBe(2_400_000);
    expect(valueOf(events, ARN.web, C.errorRate5xx)).toBe(0.05);
    expect(valueOf(events, ARN.web, C.idleDistribution)).toBe(false);
    expect(valueOf(events, ARN.legacy, C.requestsSum)).toBe(0);
    expect(valueOf(events, ARN.legacy, C.errorRate5xx)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, C.idleDistribution)).toBe(true);
  });

  it('records a refused GetMetricData on each distribution and calls none idle', async () => {
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'not authorized', 403));

    const events = await scan();

    expect(valueOf(events, ARN.web, C.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
    expect(events.filter((e) => e.metric_type === C.idleDistribution)).toEqual([]);
  });

  it('fails the unit when ListDistributions is denied', async () => {
    cloudfront.on(ListDistributionsCommand).rejects(awsError('AccessDenied', 'denied', 403));

    const failure: unknown = await scan().catch((error: unknown) => error);
    expect(classifyAwsError(failure)).toMatchObject({
      code: 'AccessDenied',
      kind: 'access_denied',
    });
    expect(cloudfront.commandCalls(GetDistributionConfigCommand)).toHaveLength(0);
  });

  it('makes no other call for an account without distributions', async () => {
    cloudfront.on(ListDistributionsCommand).resolves({
      $metadata: {},
      DistributionList: { Marker: '', MaxItems: 100, IsTruncated: false, Quantity: 0 },
    });

    expect(await scan()).toEqual([]);
    expect(logs.calls()).toHaveLength(0);
    expect(cloudwatch.calls()).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    cloudfront.on(GetDistributionConfigCommand).rejects(awsError('AccessDenied', 'no', 403));
    logs.on(DescribeDeliverySourcesCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(cloudFrontScanner, CLOUDFRONT_METRICS, events);
  });

  it('declares exactly the IAM actions it calls', async () => {
    await scan();
    expectDeclaredPermissions(cloudFrontScanner, null, [
      ['cloudfront', cloudfront],
      ['logs', logs],
      ['cloudwatch', cloudwatch],
    ]);
  });
});
