import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  BatchGetRepositoryScanningConfigurationCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  GetRepositoryPolicyCommand,
  type BatchGetRepositoryScanningConfigurationCommandInput,
  type DescribeRepositoriesCommandInput,
  type GetLifecyclePolicyCommandInput,
  type GetRepositoryPolicyCommandInput,
} from '@aws-sdk/client-ecr';
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
  KEY,
  LIFECYCLE,
  NAME,
  page1,
  page2,
  PARTNER,
  POLICIES,
  PULLS,
  REGION,
  scanning,
} from './fixtures/sdk.js';
import { ECR_METRIC as E, ECR_METRICS } from './metrics.js';
import { ecrScanner } from './scanner.js';

const ecr = mockClient(ECRClient);
const cloudwatch = mockClient(CloudWatchClient);

const scan = () => scanUnit(ecrScanner, REGION, [ECRClient, CloudWatchClient], ACCOUNT);

let listInputs: DescribeRepositoriesCommandInput[] = [];
let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  ecr.reset();
  cloudwatch.reset();
  listInputs = [];
  metricInputs = [];
  ecr.on(DescribeRepositoriesCommand).callsFake((input: DescribeRepositoriesCommandInput) => {
    listInputs.push({ ...input });
    return input.nextToken === 'ecr-page-2' ? page2 : page1;
  });
  ecr
    .on(BatchGetRepositoryScanningConfigurationCommand)
    .callsFake((input: BatchGetRepositoryScanningConfigurationCommandInput) =>
      scanning(input.repositoryNames ?? []),
    );
  ecr.on(GetLifecyclePolicyCommand).callsFake((input: GetLifecyclePolicyCommandInput) => {
    const answer = LIFECYCLE[input.repositoryName ?? ''];
    if (answer) return answer;
    throw awsError(
      'LifecyclePolicyNotFoundException',
      `Lifecycle policy does not exist for the repository with name '${input.repositoryName}' in the registry with id '${ACCOUNT}'`,
    );
  });
  ecr.on(GetRepositoryPolicyCommand).callsFake((input: GetRepositoryPolicyCommandInput) => {
    const answer = POLICIES[input.repositoryName ?? ''];
    if (answer) return answer;
    throw awsError(
      'RepositoryPolicyNotFoundException',
      `Repository policy does not exist for the repository with name '${input.repositoryName}' in the registry with id '${ACCOUNT}'`,
    );
  });
  cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    metricInputs.push(input);
    return {
      $metadata: {},
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const value = PULLS[q.MetricStat?.Metric?.Dimensions?.[0]?.Value ?? ''];
        return { Id: q.Id, StatusCode: 'Complete', Values: value === undefined ? [] : [value] };
      }),
    };
  });
});

describe('ecrScanner', () => {
  it('lists every repository across pages and reads the scanning configuration in one batch', async () => {
    const events = await scan();

    expect(listInputs).toEqual([
      { maxResults: 1000 },
      { maxResults: 1000, nextToken: 'ecr-page-2' },
    ]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([ARN.orders, ARN.base, ARN.legacy]),
    );
    expect(
      ecr
        .commandCalls(BatchGetRepositoryScanningConfigurationCommand)
        .map((c) => c.args[0].input.repositoryNames),
    ).toEqual([[NAME.orders, NAME.base, NAME.legacy]]);
    // No batch form: one lifecycle and one policy read a repository.
    expect(ecr.commandCalls(GetLifecyclePolicyCommand)).toHaveLength(3);
    expect(ecr.commandCalls(GetRepositoryPolicyCommand)).toHaveLength(3);
  });

  it('batches the scanning configuration 25 repositories a call', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...page2.repositories![0]!,
      repositoryName: `app-${i}`,
      repositoryArn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/app-${i}`,
    }));
    ecr.on(DescribeRepositoriesCommand).resolves({ $metadata: {}, repositories: many });

    await scan();

    expect(
      ecr
        .commandCalls(BatchGetRepositoryScanningConfigurationCommand)
        .map((c) => c.args[0].input.repositoryNames?.length),
    ).toEqual([25, 5]);
    expect(metricInputs).toHaveLength(1);
  });

  it('reports scanning (registry rules applied), mutability, encryption, lifecycle and policies', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.orders, E.repositoryName)).toBe(NAME.orders);
    expect(valueOf(events, ARN.orders, E.imageTagMutability)).toBe('IMMUTABLE');
    expect(valueOf(events, ARN.orders, E.scanOnPush)).toBe(true);
    expect(valueOf(events, ARN.orders, E.encryptionType)).toBe('KMS');
    expect(valueOf(events, ARN.orders, E.kmsKey)).toBe(KEY);
    expect(valueOf(events, ARN.orders, E.lifecyclePolicy)).toBe(true);
    expect(valueOf(events, ARN.orders, E.lifecycleRuleCount)).toBe(2);
    expect(valueOf(events, ARN.orders, E.policyPublic)).toBe(true);
    expect(valueOf(events, ARN.orders, E.policyPublicStatements)).toEqual(['PublicPull']);
    // Scanned on push by a registry rule although its own setting is off.
    expect(valueOf(events, ARN.base, E.scanOnPush)).toBe(true);
    expect(valueOf(events, ARN.base, E.scanFrequency)).toBe('SCAN_ON_PUSH');
    expect(valueOf(events, ARN.base, E.policyPublic)).toBe(false);
    expect(valueOf(events, ARN.base, E.policyExternalAccounts)).toEqual([PARTNER]);
    expect(valueOf(events, ARN.base, E.lifecyclePolicy)).toBe(false);
    expect(valueOf(events, ARN.legacy, E.scanOnPush)).toBe(false);
    expect(valueOf(events, ARN.legacy, E.scanFrequency)).toBe('MANUAL');
    expect(valueOf(events, ARN.legacy, E.policyPublic)).toBe(false);
    expect(valueOf(events, ARN.legacy, E.readError)).toBeUndefined();
  });

  it('reads every repository’s pulls in one GetMetricData call and flags the unused one', async () => {
    const events = await scan();

    expect(metricInputs).toHaveLength(1);
    expect(valueOf(events, ARN.orders, E.pullsSum)).toBe(1200);
    expect(valueOf(events, ARN.orders, E.unusedRepository)).toBe(false);
    expect(valueOf(events, ARN.legacy, E.pullsSum)).toBe(0);
    expect(valueOf(events, ARN.legacy, E.unusedRepository)).toBe(true);
  });

  it('goes on when the per-repository reads are denied, naming each', async () => {
    const denied = awsError('AccessDeniedException', 'not authorized', 400);
    ecr.on(BatchGetRepositoryScanningConfigurationCommand).rejects(denied);
    ecr.on(GetLifecyclePolicyCommand).rejects(denied);
    ecr.on(GetRepositoryPolicyCommand).rejects(denied);
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));

    const events = await scan();

    expect(valueOf(events, ARN.legacy, E.readError)).toEqual([
      'ecr:BatchGetRepositoryScanningConfiguration: AccessDeniedException',
      'ecr:GetLifecyclePolicy: AccessDeniedException',
      'ecr:GetRepositoryPolicy: AccessDeniedException',
    ]);
    expect(valueOf(events, ARN.legacy, E.scanOnPush)).toBeUndefined();
    // The repository's own setting is enough to know it scans on push.
    expect(valueOf(events, ARN.orders, E.scanOnPush)).toBe(true);
    expect(valueOf(events, ARN.legacy, E.lifecyclePolicy)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, E.policyPublic)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, E.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
  });

  it('records a repository the scanning batch reports as failed, and skips one deleted since the list', async () => {
    ecr.on(BatchGetRepositoryScanningConfigurationCommand).resolves({
      $metadata: {},
      scanningConfigurations: scanning([NAME.orders, NAME.base]).scanningConfigurations,
      failures: [
        { repositoryName: NAME.legacy, failureCode: 'REPOSITORY_NOT_FOUND', failureReason: 'gone' },
      ],
    });
    ecr
      .on(GetRepositoryPolicyCommand, { repositoryName: NAME.legacy })
      .rejects(awsError('RepositoryNotFoundException', 'The repository does not exist', 400));

    const events = await scan();

    expect(events.some((e) => e.resource_id === ARN.legacy)).toBe(false);
  });

  it('fails the unit when DescribeRepositories is denied, the region is not opted in, or ECR is not offered', async () => {
    await expectListingFailuresFailTheUnit(
      scan,
      (error) => ecr.on(DescribeRepositoriesCommand).rejects(error),
      {
        denied: awsError('AccessDeniedException', 'denied', 400),
        optIn: awsError('UnrecognizedClientException', 'opt-in', 400),
      },
    );
    expect(ecr.commandCalls(GetLifecyclePolicyCommand)).toHaveLength(0);
  });

  it('emits nothing and makes no other call in a region without repositories', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ $metadata: {}, repositories: [] });

    expect(await scan()).toEqual([]);
    expect(ecr.commandCalls(BatchGetRepositoryScanningConfigurationCommand)).toHaveLength(0);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all but one', async () => {
    const events: EventDraft[] = await scan();
    ecr.on(GetLifecyclePolicyCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));

    // No fixture repository has tag-mutability exceptions.
    expectOnlyDeclaredMetrics(ecrScanner, ECR_METRICS, events, [E.tagMutabilityExclusions]);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(ecrScanner, 'regional', [
      ['ecr', ecr],
      ['cloudwatch', cloudwatch],
    ]);
  });
});
