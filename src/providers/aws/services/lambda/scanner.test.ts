import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  GetAccountSettingsCommand,
  GetFunctionCommand,
  GetPolicyCommand,
  LambdaClient,
  ListFunctionsCommand,
  ListFunctionUrlConfigsCommand,
  type GetFunctionCommandInput,
  type GetPolicyCommandInput,
  type ListFunctionsCommandInput,
  type ListFunctionUrlConfigsCommandInput,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { classifyAwsError } from '../../errors.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
  htmlInsteadOfJson,
} from '../../testing/scanner-contract.js';
import { valueOf, scanUnit } from '../../testing/unit-context.js';
import {
  accountSettings,
  ACCOUNT,
  ARN,
  getFunction,
  INFERENCE_POLICY,
  ORDERS_POLICY,
  page1,
  page2,
  REGION,
  SECRET_VALUE,
  STATISTICS,
  THUMBNAILER_POLICY,
  urlConfigs,
} from './fixtures/sdk.js';
import { LAMBDA_METRIC as L, LAMBDA_METRICS } from './metrics.js';
import { lambdaScanner } from './scanner.js';

const lambda = mockClient(LambdaClient);
const cloudwatch = mockClient(CloudWatchClient);
const REGION_ID = regionScopeId('lambda', REGION, ACCOUNT);

const scan = () => scanUnit(lambdaScanner, REGION, [LambdaClient, CloudWatchClient], ACCOUNT);

const nameOf = (functionName: string | undefined): string => functionName?.split(':').pop() ?? '';
const POLICIES: Record<string, string> = {
  'orders-api': ORDERS_POLICY,
  thumbnailer: THUMBNAILER_POLICY,
  'ml-inference': INFERENCE_POLICY,
};

/** Inputs as sent: the paginator reuses one input object, so the mock's record is copied here. */
let listInputs: ListFunctionsCommandInput[] = [];
let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  lambda.reset();
  cloudwatch.reset();
  listInputs = [];
  metricInputs = [];
  lambda.on(ListFunctionsCommand).callsFake((input: ListFunctionsCommandInput) => {
    listInputs.push({ ...input });
    return input.Marker === 'lambda-page-2' ? page2 : page1;
  });
  lambda
    .on(GetFunctionCommand)
    .callsFake((input: GetFunctionCommandInput) => getFunction(nameOf(input.FunctionName)));
  lambda.on(GetPolicyCommand).callsFake((input: GetPolicyCommandInput) => {
    const policy = POLICIES[nameOf(input.FunctionName)];
    if (!policy)
      throw awsError(
        'ResourceNotFoundException',
        'The resource you requested does not exist.',
        404,
      );
    return { $metadata: {}, Policy: policy, RevisionId: 'rev-1' };
  });
  lambda
    .on(ListFunctionUrlConfigsCommand)
    .callsFake((input: ListFunctionUrlConfigsCommandInput) => urlConfigs(input.FunctionName ?? ''));
  lambda.on(GetAccountSettingsCommand).resolves(accountSettings);
  cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    metricInputs.push(input);
    return {
      $metadata: {},
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const stat = q.MetricStat!;
        const fn = stat.Metric?.Dimensions?.[0]?.Value ?? '';
        const value = STATISTICS[fn]?.[`${stat.Metric?.MetricName}/${stat.Stat}`];
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

describe('lambdaScanner', () => {
  it('lists every function across pages, 50 a page', async () => {
    const events = await scan();

    expect(listInputs).toEqual([{ MaxItems: 50 }, { MaxItems: 50, Marker: 'lambda-page-2' }]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([ARN.orders, ARN.thumbnailer, ARN.inference, ARN.report, REGION_ID]),
    );
  });

  it('reports each function’s configuration, tags and reserved concurrency on its ARN', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.orders, L.functionName)).toBe('orders-api');
    expect(valueOf(events, ARN.orders, L.runtime)).toBe('nodejs22.x');
    expect(valueOf(events, ARN.orders, L.runtimeDeprecationDate)).toBe('2027-04-30');
    expect(valueOf(events, ARN.orders, L.memorySizeMb)).toBe(1024);
    expect(valueOf(events, ARN.orders, L.timeoutSeconds)).toBe(30);
    expect(valueOf(events, ARN.orders, L.architectures)).toEqual(['arm64']);
    expect(valueOf(events, ARN.orders, L.inVpc)).toBe(true);
    expect(valueOf(events, ARN.orders, L.vpcId)).toBe('vpc-0a1b2c3d');
    expect(valueOf(events, ARN.orders, L.subnetIds)).toEqual(['subnet-0aaa', 'subnet-0bbb']);
    expect(valueOf(events, ARN.orders, L.lastModified)).toBe('2026-11-18T08:30:00.000Z');
    expect(valueOf(events, ARN.orders, L.environmentVariableCount)).toBe(2);
    expect(valueOf(events, ARN.orders, L.layerCount)).toBe(1);
    expect(valueOf(events, ARN.orders, L.tags)).toEqual({ team: 'checkout', env: 'prod' });
    expect(valueOf(events, ARN.orders, L.reservedConcurrency)).toBe(50);
    expect(valueOf(events, ARN.thumbnailer, L.reservedConcurrency)).toBe(0);
    expect(valueOf(events, ARN.report, L.reservedConcurrency)).toBeUndefined();

    expect(valueOf(events, ARN.thumbnailer, L.runtimeDeprecationDate)).toBe('2025-12-15');
    expect(valueOf(events, ARN.thumbnailer, L.inVpc)).toBe(false);
    expect(valueOf(events, ARN.inference, L.packageType)).toBe('Image');
    expect(valueOf(events, ARN.inference, L.runtime)).toBeUndefined();
    expect(valueOf(events, ARN.report, L.architectures)).toEqual(['x86_64']);

    expect(valueOf(events, REGION_ID, L.concurrentExecutionsLimit)).toBe(1000);
    expect(valueOf(events, REGION_ID, L.unreservedConcurrentExecutions)).toBe(950);
  });

  it('judges each resource policy: open to "*" or pinned to one source', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.orders, L.policyPublic)).toBe(true);
    expect(valueOf(events, ARN.orders, L.policyPublicStatements)).toEqual([
      'FunctionURLAllowPublicAccess',
    ]);
    expect(valueOf(events, ARN.inference, L.policyPublicStatements)).toEqual(['#0']);
    expect(valueOf(events, ARN.thumbnailer, L.policyPublic)).toBe(false);
    // No policy at all (ResourceNotFoundException) is a fact, not an error.
    expect(valueOf(events, ARN.report, L.policyPublic)).toBe(false);
    expect(valueOf(events, ARN.report, L.policyError)).toBeUndefined();

    expect(valueOf(events, ARN.orders, L.functionUrlAuthNone)).toBe(true);
    expect(valueOf(events, ARN.report, L.functionUrlAuthNone)).toBe(false);
    expect(valueOf(events, ARN.report, L.functionUrlCount)).toBe(1);
    expect(valueOf(events, ARN.thumbnailer, L.functionUrlCount)).toBe(0);
  });

  it('never reports environment values or the code’s presigned location', async () => {
    const text = JSON.stringify(await scan());

    expect(text).not.toContain(SECRET_VALUE);
    expect(text).not.toContain('X-Amz-Signature');
  });

  it('fetches every function’s statistics in one GetMetricData call and flags the idle one', async () => {
    const events = await scan();

    expect(metricInputs).toHaveLength(1);
    expect(metricInputs[0]?.MetricDataQueries).toHaveLength(4 * 6);
    expect(valueOf(events, ARN.orders, L.invocationsSum)).toBe(120_000);
    expect(valueOf(events, ARN.orders, L.errorsSum)).toBe(600);
    expect(valueOf(events, ARN.orders, L.throttlesSum)).toBe(15);
    expect(valueOf(events, ARN.orders, L.errorRatePercent)).toBe(0.5);
    expect(valueOf(events, ARN.orders, L.durationMaximumMs)).toBe(2900);
    expect(valueOf(events, ARN.orders, L.concurrentExecutionsMaximum)).toBe(41);
    expect(valueOf(events, ARN.orders, L.idleFunction)).toBe(false);
    expect(valueOf(events, ARN.inference, L.errorsSum)).toBe(0);

    // No datapoint for a sum is zero invocations; unchanged for the whole window, it is idle.
    expect(valueOf(events, ARN.thumbnailer, L.invocationsSum)).toBe(0);
    expect(valueOf(events, ARN.thumbnailer, L.errorRatePercent)).toBeUndefined();
    expect(valueOf(events, ARN.thumbnailer, L.idleFunction)).toBe(true);
    // legacy-report changed two days ago: too new to call idle.
    expect(valueOf(events, ARN.report, L.invocationsSum)).toBe(0);
    expect(valueOf(events, ARN.report, L.idleFunction)).toBeUndefined();
  });

  it('records a refused GetMetricData on each function and calls none idle', async () => {
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'not authorized', 403));

    const events = await scan();

    expect(valueOf(events, ARN.thumbnailer, L.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
    expect(events.filter((e) => e.metric_type === L.idleFunction)).toEqual([]);
    expect(events.filter((e) => e.metric_type === L.invocationsSum)).toEqual([]);
  });

  it('goes on when the per-function reads are denied, recording each with its call and code', async () => {
    lambda.on(GetPolicyCommand).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    lambda.on(GetFunctionCommand).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    lambda.on(ListFunctionUrlConfigsCommand).rejects(awsError('ServiceException', 'oops', 500));
    lambda.on(GetAccountSettingsCommand).rejects(awsError('AccessDeniedException', 'no', 403));

    const events = await scan();

    expect(valueOf(events, ARN.orders, L.policyError)).toBe(
      'lambda:GetPolicy: AccessDeniedException',
    );
    expect(valueOf(events, ARN.orders, L.policyPublic)).toBeUndefined();
    expect(valueOf(events, ARN.orders, L.detailsError)).toBe(
      'lambda:GetFunction: AccessDeniedException',
    );
    expect(valueOf(events, ARN.orders, L.tags)).toBeUndefined();
    expect(valueOf(events, ARN.orders, L.functionUrlError)).toBe(
      'lambda:ListFunctionUrlConfigs: ServiceException',
    );
    expect(valueOf(events, REGION_ID, L.accountSettingsError)).toBe(
      'lambda:GetAccountSettings: AccessDeniedException',
    );
    expect(valueOf(events, ARN.orders, L.runtime)).toBe('nodejs22.x');
  });

  it('treats a function deleted between the list and its reads as absent, not as an error', async () => {
    lambda.on(GetFunctionCommand).rejects(awsError('ResourceNotFoundException', 'gone', 404));

    const events = await scan();

    expect(events.filter((e) => e.metric_type === L.detailsError)).toEqual([]);
  });

  it('fails the unit when ListFunctions is denied', async () => {
    lambda.on(ListFunctionsCommand).rejects(awsError('AccessDeniedException', 'denied', 403));

    await expect(scan()).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('fails the unit, readably, where Lambda is not offered (an HTML page instead of JSON)', async () => {
    const notOffered = htmlInsteadOfJson();
    lambda.on(ListFunctionsCommand).rejects(notOffered);

    const failure: unknown = await scan().catch((error: unknown) => error);
    expect(classifyAwsError(failure)).toMatchObject({ code: 'NotImplemented', kind: 'error' });
    expect(lambda.commandCalls(GetPolicyCommand)).toHaveLength(0);
  });

  it('emits nothing but the region’s concurrency for a region without functions', async () => {
    lambda.on(ListFunctionsCommand).resolves({ $metadata: {}, Functions: [] });

    const events = await scan();

    expect(new Set(events.map((e) => e.resource_id))).toEqual(new Set([REGION_ID]));
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    lambda.on(GetPolicyCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    lambda.on(GetFunctionCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    lambda.on(ListFunctionUrlConfigsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    lambda.on(GetAccountSettingsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));

    // The unit's paid-call facts are the scanner wrapper's, not the service's own.
    expectOnlyDeclaredMetrics(lambdaScanner, LAMBDA_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(lambdaScanner, 'regional', [
      ['lambda', lambda],
      ['cloudwatch', cloudwatch],
    ]);
  });
});
