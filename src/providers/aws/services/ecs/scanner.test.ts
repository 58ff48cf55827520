import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  ClientException,
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  ListTaskDefinitionFamiliesCommand,
  type DescribeClustersCommandInput,
  type DescribeServicesCommandInput,
  type DescribeTaskDefinitionCommandInput,
  type ListClustersCommandInput,
  type ListServicesCommandInput,
  type ListTaskDefinitionFamiliesCommandInput,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
  expectListingFailuresFailTheUnit,
} from '../../testing/scanner-contract.js';
import { valueOf, scanUnit } from '../../testing/unit-context.js';
import {
  ACCOUNT,
  CLUSTER_ARN,
  clustersPage1,
  clustersPage2,
  describeClusters,
  describeServices,
  describeTaskDefinition,
  familiesPage1,
  familiesPage2,
  REGION,
  SECRET_VALUE,
  SERVICE_ARN,
  SERVICE_LISTS,
  TD,
  taskDefinitionArn,
  unableToDescribe,
  UTILIZATION,
} from './fixtures/sdk.js';
import { ECS_METRIC as E, ECS_METRICS } from './metrics.js';
import { ecsScanner } from './scanner.js';
import { deferred } from '../../../../../test/support/deferred.js';

const ecs = mockClient(ECSClient);
const cloudwatch = mockClient(CloudWatchClient);
const REGION_ID = regionScopeId('ecs', REGION, ACCOUNT);
/** Where the facts of a family go when DescribeTaskDefinition does not answer: no revision known. */
const familyArn = (family: string) => `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${family}`;

const scan = () => scanUnit(ecsScanner, REGION, [ECSClient, CloudWatchClient], ACCOUNT);

let clusterInputs: ListClustersCommandInput[] = [];
let serviceInputs: ListServicesCommandInput[] = [];
let familyInputs: ListTaskDefinitionFamiliesCommandInput[] = [];
let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  ecs.reset();
  cloudwatch.reset();
  clusterInputs = [];
  serviceInputs = [];
  familyInputs = [];
  metricInputs = [];
  ecs.on(ListClustersCommand).callsFake((input: ListClustersCommandInput) => {
    clusterInputs.push({ ...input });
    return input.nextToken === 'ecs-clusters-2' ? clustersPage2 : clustersPage1;
  });
  ecs
    .on(DescribeClustersCommand)
    .callsFake((input: DescribeClustersCommandInput) => describeClusters(input.clusters ?? []));
  ecs.on(ListServicesCommand).callsFake((input: ListServicesCommandInput) => {
    serviceInputs.push({ ...input });
    const pages = SERVICE_LISTS[input.cluster ?? ''] ?? [{ $metadata: {}, serviceArns: [] }];
    return input.nextToken === 'ecs-services-2' ? pages[1] : pages[0];
  });
  ecs
    .on(DescribeServicesCommand)
    .callsFake((input: DescribeServicesCommandInput) => describeServices(input.services ?? []));
  ecs
    .on(ListTaskDefinitionFamiliesCommand)
    .callsFake((input: ListTaskDefinitionFamiliesCommandInput) => {
      familyInputs.push({ ...input });
      return input.nextToken === 'ecs-task-definition-families-2' ? familiesPage2 : familiesPage1;
    });
  ecs
    .on(DescribeTaskDefinitionCommand)
    .callsFake((input: DescribeTaskDefinitionCommandInput) =>
      describeTaskDefinition(input.taskDefinition ?? ''),
    );
  cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    metricInputs.push(input);
    return {
      $metadata: {},
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const metric = q.MetricStat?.Metric;
        const service = metric?.Dimensions?.find((d) => d.Name === 'ServiceName')?.Value ?? '';
        const u = UTILIZATION[service];
        const value = !u ? undefined : metric?.MetricName === 'CPUUtilization' ? u.cpu : u.memory;
        return { Id: q.Id, StatusCode: 'Complete', Values: value === undefined ? [] : [value] };
      }),
    };
  });
});

describe('ecsScanner', () => {
  it('lists clusters, services and task definitions across pages, describing them in batches', async () => {
    const events = await scan();

    expect(clusterInputs).toEqual([
      { maxResults: 100 },
      { maxResults: 100, nextToken: 'ecs-clusters-2' },
    ]);
    expect(ecs.commandCalls(DescribeClustersCommand).map((c) => c.args[0].input)).toEqual([
      { clusters: [CLUSTER_ARN.prod, CLUSTER_ARN.batch], include: ['SETTINGS'] },
    ]);
    expect(serviceInputs).toEqual([
      { cluster: CLUSTER_ARN.prod, maxResults: 100 },
      { cluster: CLUSTER_ARN.batch, maxResults: 100 },
      { cluster: CLUSTER_ARN.prod, maxResults: 100, nextToken: 'ecs-services-2' },
    ]);
    expect(ecs.commandCalls(DescribeServicesCommand).map((c) => c.args[0].input)).toEqual(
      expect.arrayContaining([
        { cluster: CLUSTER_ARN.prod, services: [SERVICE_ARN.web, SERVICE_ARN.api] },
        { cluster: CLUSTER_ARN.batch, services: [SERVICE_ARN.worker] },
      ]),
    );
    expect(familyInputs).toEqual([
      { status: 'ACTIVE', maxResults: 100 },
      { status: 'ACTIVE', maxResults: 100, nextToken: 'ecs-task-definition-families-2' },
    ]);
    // Each family by its name (ECS answers its latest ACTIVE revision), one call each.
    expect(
      ecs
        .commandCalls(DescribeTaskDefinitionCommand)
        .map((c) => c.args[0].input.taskDefinition)
        .sort(),
    ).toEqual(['api', 'web', 'worker']);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([
        CLUSTER_ARN.prod,
        CLUSTER_ARN.batch,
        SERVICE_ARN.web,
        SERVICE_ARN.api,
        SERVICE_ARN.worker,
        TD.web,
        TD.api,
        TD.worker,
        REGION_ID,
      ]),
    );
  });

  it('lists the task definition families without waiting for ListClusters', async () => {
    const expected = await scan();
    ecs.resetHistory();
    cloudwatch.resetHistory();
    const clustersHeld = deferred();
    const familiesSent = deferred();
    ecs.on(ListClustersCommand).callsFake(async (input: ListClustersCommandInput) => {
      await clustersHeld.promise;
      return input.nextToken === 'ecs-clusters-2' ? clustersPage2 : clustersPage1;
    });
    ecs
      .on(ListTaskDefinitionFamiliesCommand)
      .callsFake((input: ListTaskDefinitionFamiliesCommandInput) => {
        familiesSent.resolve();
        return input.nextToken === 'ecs-task-definition-families-2' ? familiesPage2 : familiesPage1;
      });

    const events = scan();
    // Hangs (the test times out) if the families are only listed after the clusters.
    await familiesSent.promise;
    expect(ecs.commandCalls(ListClustersCommand)).toHaveLength(1);
    clustersHeld.resolve();

    expect(await events).toEqual(expected);
  });

  it('describes services ten a call and clusters a hundred a call', async () => {
    const many = Array.from(
      { length: 23 },
      (_, i) => `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${'prod'}/svc-${i}`,
    );
    ecs.on(ListServicesCommand).resolves({ $metadata: {}, serviceArns: many });
    const clusters = Array.from(
      { length: 101 },
      (_, i) => `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/c-${i}`,
    );
    ecs.on(ListClustersCommand).resolves({ $metadata: {}, clusterArns: clusters });

    await scan();

    expect(
      ecs.commandCalls(DescribeClustersCommand).map((c) => c.args[0].input.clusters?.length),
    ).toEqual([100, 1]);
    const sizes = ecs
      .commandCalls(DescribeServicesCommand)
      .filter((c) => c.args[0].input.cluster === clusters[0])
      .map((c) => c.args[0].input.services?.length);
    expect(sizes).toEqual([10, 10, 3]);
  });

  it('reports Container Insights, public IPs, replicas and the risky container settings', async () => {
    const events = await scan();

    expect(valueOf(events, CLUSTER_ARN.prod, E.clusterName)).toBe('prod');
    expect(valueOf(events, CLUSTER_ARN.prod, E.containerInsights)).toBe('enhanced');
    expect(valueOf(events, CLUSTER_ARN.batch, E.containerInsights)).toBe('disabled');
    expect(valueOf(events, CLUSTER_ARN.batch, E.containerInstancesCount)).toBe(2);
    expect(valueOf(events, SERVICE_ARN.web, E.assignPublicIp)).toBe(true);
    expect(valueOf(events, SERVICE_ARN.api, E.assignPublicIp)).toBe(false);
    expect(valueOf(events, SERVICE_ARN.worker, E.assignPublicIp)).toBe(false);
    expect(valueOf(events, SERVICE_ARN.web, E.launchType)).toBe('FARGATE');
    expect(valueOf(events, SERVICE_ARN.api, E.launchType)).toBe('CAPACITY_PROVIDER');
    expect(valueOf(events, SERVICE_ARN.api, E.underReplicated)).toBe(true);
    expect(valueOf(events, SERVICE_ARN.worker, E.singleTask)).toBe(true);
    expect(valueOf(events, SERVICE_ARN.web, E.serviceTaskDefinition)).toBe(TD.web);
    expect(valueOf(events, REGION_ID, E.taskDefinitionFamilyCount)).toBe(3);
    expect(valueOf(events, TD.web, E.taskDefinitionRevision)).toBe(7);
    expect(valueOf(events, TD.web, E.writableRootContainers)).toEqual(['app']);
    expect(valueOf(events, TD.web, E.plainSecretVariables)).toEqual([
      'app/DB_PASSWORD',
      'app/STRIPE_API_KEY',
    ]);
    expect(valueOf(events, TD.worker, E.privilegedContainers)).toEqual(['worker']);
    expect(valueOf(events, TD.worker, E.plainSecretVariables)).toEqual([
      'worker/AWS_SECRET_ACCESS_KEY',
    ]);
    // A secret taken from SSM by reference is where it belongs.
    expect(valueOf(events, TD.api, E.plainSecretVariables)).toEqual([]);
    expect(valueOf(events, TD.api, E.privilegedContainers)).toEqual([]);
    expect(JSON.stringify(events)).not.toContain(SECRET_VALUE);
  });

  it('reads every service’s CPU and memory in one GetMetricData call', async () => {
    const events = await scan();

    expect(metricInputs).toHaveLength(1);
    expect(metricInputs[0]?.MetricDataQueries).toHaveLength(6);
    expect(valueOf(events, SERVICE_ARN.web, E.cpuAverage)).toBe(41.5);
    expect(valueOf(events, SERVICE_ARN.api, E.memoryAverage)).toBe(30);
    expect(valueOf(events, SERVICE_ARN.worker, E.cpuAverage)).toBeUndefined();
  });

  it('goes on when the per-resource reads are denied, naming each', async () => {
    const denied = awsError('AccessDeniedException', 'not authorized', 400);
    ecs.on(DescribeClustersCommand).rejects(denied);
    ecs.on(ListServicesCommand, { cluster: CLUSTER_ARN.batch }).rejects(denied);
    ecs.on(DescribeServicesCommand).rejects(denied);
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'worker' }).rejects(denied);
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));

    const events = await scan();

    expect(valueOf(events, CLUSTER_ARN.prod, E.readError)).toEqual([
      'ecs:DescribeClusters: AccessDeniedException',
    ]);
    expect(valueOf(events, CLUSTER_ARN.batch, E.readError)).toEqual([
      'ecs:DescribeClusters: AccessDeniedException',
      'ecs:ListServices: AccessDeniedException',
    ]);
    expect(valueOf(events, CLUSTER_ARN.prod, E.containerInsights)).toBeUndefined();
    expect(valueOf(events, SERVICE_ARN.web, E.readError)).toEqual([
      'ecs:DescribeServices: AccessDeniedException',
    ]);
    expect(valueOf(events, SERVICE_ARN.web, E.assignPublicIp)).toBeUndefined();
    // Undescribed, the family has no known revision: its facts go on the family ARN.
    expect(valueOf(events, familyArn('worker'), E.readError)).toEqual([
      'ecs:DescribeTaskDefinition: AccessDeniedException',
    ]);
    expect(valueOf(events, familyArn('worker'), E.taskDefinitionFamily)).toBe('worker');
    expect(valueOf(events, familyArn('worker'), E.taskDefinitionRevision)).toBeUndefined();
    expect(events.some((e) => e.resource_id === TD.worker)).toBe(false);
    expect(valueOf(events, REGION_ID, E.taskDefinitionFamilyCount)).toBe(3);
    expect(valueOf(events, TD.web, E.privilegedContainers)).toEqual([]);
    expect(valueOf(events, SERVICE_ARN.web, E.performanceDataUnavailable)).toEqual({
      reason: 'cloudwatch_error',
      error_code: 'AccessDenied',
    });
  });

  it('records a denied ListTaskDefinitionFamilies on the region and goes on with the clusters', async () => {
    ecs
      .on(ListTaskDefinitionFamiliesCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized', 400));

    const events = await scan();

    expect(valueOf(events, REGION_ID, E.readError)).toEqual([
      'ecs:ListTaskDefinitionFamilies: AccessDeniedException',
    ]);
    expect(valueOf(events, REGION_ID, E.taskDefinitionFamilyCount)).toBeUndefined();
    expect(ecs.commandCalls(DescribeTaskDefinitionCommand)).toHaveLength(0);
    expect(valueOf(events, SERVICE_ARN.web, E.assignPublicIp)).toBe(true);
  });

  it('skips a cluster or service ECS reports MISSING (deleted since the list)', async () => {
    ecs.on(DescribeClustersCommand).resolves({
      $metadata: {},
      clusters: describeClusters([CLUSTER_ARN.prod]).clusters,
      failures: [{ arn: CLUSTER_ARN.batch, reason: 'MISSING' }],
    });
    ecs.on(ListServicesCommand, { cluster: CLUSTER_ARN.prod }).resolves({
      $metadata: {},
      serviceArns: [SERVICE_ARN.web, `arn:aws:ecs:${REGION}:${ACCOUNT}:service/prod/gone`],
    });

    const events = await scan();

    expect(events.some((e) => e.resource_id === CLUSTER_ARN.batch)).toBe(false);
    expect(events.some((e) => e.resource_id.endsWith('/gone'))).toBe(false);
    expect(valueOf(events, SERVICE_ARN.web, E.serviceName)).toBe('web');
  });

  it('describes each family once, by its name, and reports the revision ECS answers', async () => {
    const events = await scan();

    expect(ecs.commandCalls(DescribeTaskDefinitionCommand).map((c) => c.args[0].input)).toEqual([
      { taskDefinition: 'api' },
      { taskDefinition: 'web' },
      { taskDefinition: 'worker' },
    ]);
    expect(ecs.commandCalls(ListTaskDefinitionFamiliesCommand)).toHaveLength(2);
    // api:11 and web:6 are ACTIVE too; only the latest revision is described and reported.
    expect(valueOf(events, TD.api, E.taskDefinitionFamily)).toBe('api');
    expect(valueOf(events, TD.api, E.taskDefinitionRevision)).toBe(12);
    expect(events.some((e) => e.resource_id === taskDefinitionArn('api', 11))).toBe(false);
    expect(events.some((e) => e.resource_id === taskDefinitionArn('web', 6))).toBe(false);
  });

  it('leaves out a family deleted since the list; another ClientException is a failure', async () => {
    ecs.on(ListTaskDefinitionFamiliesCommand).resolves({
      $metadata: {},
      families: ['api', 'bad', 'retired', 'web', 'worker'],
    });
    // 'retired' is in no fixture: ECS answers "Unable to describe task definition."
    ecs
      .on(DescribeTaskDefinitionCommand, { taskDefinition: 'bad' })
      .rejects(new ClientException({ $metadata: {}, message: 'Invalid revision number.' }));

    const events = await scan();

    expect(() => describeTaskDefinition('retired')).toThrow(unableToDescribe().message);
    expect(events.some((e) => e.resource_id.includes('retired'))).toBe(false);
    expect(valueOf(events, familyArn('bad'), E.readError)).toEqual([
      'ecs:DescribeTaskDefinition: ClientException',
    ]);
    expect(valueOf(events, REGION_ID, E.readError)).toBeUndefined();
    expect(valueOf(events, REGION_ID, E.taskDefinitionFamilyCount)).toBe(4);
    expect(valueOf(events, TD.web, E.taskDefinitionRevision)).toBe(7);
  });

  it('fails the unit when ListClusters is denied, the region is not opted in, or ECS is not offered', async () => {
    await expectListingFailuresFailTheUnit(
      scan,
      (error) => ecs.on(ListClustersCommand).rejects(error),
      {
        denied: awsError('AccessDeniedException', 'denied', 400),
        optIn: awsError('UnrecognizedClientException', 'opt-in', 400),
      },
    );
  });

  it('makes no per-cluster call and no CloudWatch call in a region without clusters', async () => {
    ecs.on(ListClustersCommand).resolves({ $metadata: {}, clusterArns: [] });
    ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ $metadata: {}, families: [] });

    expect(await scan()).toEqual([
      { resource_id: REGION_ID, metric_type: E.taskDefinitionFamilyCount, metric_value: 0 },
    ]);
    expect(ecs.commandCalls(DescribeClustersCommand)).toHaveLength(0);
    expect(ecs.commandCalls(ListServicesCommand)).toHaveLength(0);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    ecs.on(DescribeServicesCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(ecsScanner, ECS_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(ecsScanner, 'regional', [
      ['ecs', ecs],
      ['cloudwatch', cloudwatch],
    ]);
  });
});
