import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { readError, type Read } from '../../read.js';
import { ECS_METRIC as E } from './metrics.js';
import {
  type EcsCluster,
  type EcsRegionSnapshot,
  type EcsService,
  plainSecretVariables,
  type TaskDefinition,
} from './model.js';

type Value = EventDraft['metric_value'];

const errors = (...reads: Read<unknown>[]): string[] =>
  reads.flatMap((read) =>
    read.state === 'denied' || read.state === 'failed' ? [readError(read) ?? ''] : [],
  );

function* clusterFacts(c: EcsCluster): Generator<[string, Value]> {
  yield [E.clusterName, c.name];
  const failed = errors(c.details, c.services);
  if (failed.length > 0) yield [E.readError, failed];
  if (c.details.state !== 'available') return;
  const d = c.details.value;
  yield [E.clusterStatus, d.status];
  yield [E.activeServicesCount, d.activeServicesCount];
  yield [E.runningTasksCount, d.runningTasksCount];
  yield [E.containerInstancesCount, d.registeredContainerInstancesCount];
  yield [E.containerInsights, d.containerInsights ?? 'disabled'];
}

function* serviceFacts(c: EcsCluster, s: EcsService): Generator<[string, Value]> {
  yield [E.serviceName, s.name];
  yield [E.serviceCluster, c.arn];
  if (s.details.state !== 'available') {
    yield [E.readError, errors(s.details)];
    return;
  }
  const d = s.details.value;
  yield [E.serviceStatus, d.status];
  yield [E.launchType, d.launchType ?? 'CAPACITY_PROVIDER'];
  if (d.taskDefinition) yield [E.serviceTaskDefinition, d.taskDefinition];
  yield [E.desiredCount, d.desiredCount];
  yield [E.runningCount, d.runningCount];
  yield [E.pendingCount, d.pendingCount];
  yield [E.underReplicated, d.runningCount < d.desiredCount];
  yield [E.singleTask, d.desiredCount === 1];
  yield [E.assignPublicIp, d.assignPublicIp === 'ENABLED'];
}

function* taskDefinitionFacts(t: TaskDefinition): Generator<[string, Value]> {
  yield [E.taskDefinitionFamily, t.family];
  if (t.revision !== undefined) yield [E.taskDefinitionRevision, t.revision];
  if (t.details.state !== 'available') {
    yield [E.readError, errors(t.details)];
    return;
  }
  const d = t.details.value;
  if (d.networkMode) yield [E.networkMode, d.networkMode];
  yield [E.containerCount, d.containers.length];
  yield [E.privilegedContainers, d.containers.filter((c) => c.privileged).map((c) => c.name)];
  yield [
    E.writableRootContainers,
    d.containers.filter((c) => !c.readonlyRootFilesystem).map((c) => c.name),
  ];
  yield [E.plainSecretVariables, plainSecretVariables(d)];
}

/** Pure: the region's clusters, services and task definitions → events, each on its ARN. */
export function* extractEcsEvents(
  snapshot: EcsRegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<EventDraft> {
  const { performance } = snapshot;
  const on =
    (resource_id: string) =>
    ([metric_type, metric_value]: [string, Value]): EventDraft => ({
      resource_id,
      metric_type,
      metric_value,
    });
  for (const c of snapshot.clusters) {
    yield* [...clusterFacts(c)].map(on(c.arn));
    if (c.services.state !== 'available') continue;
    for (const s of c.services.value) {
      const fact = on(s.arn);
      yield* [...serviceFacts(c, s)].map(fact);
      if (performance.status === 'unavailable') {
        yield fact([
          E.performanceDataUnavailable,
          { reason: 'cloudwatch_error', error_code: performance.errorCode },
        ]);
        continue;
      }
      const stats = performance.resources[s.arn];
      if (stats?.cpu !== undefined) yield fact([E.cpuAverage, stats.cpu]);
      if (stats?.memory !== undefined) yield fact([E.memoryAverage, stats.memory]);
    }
  }
  const region = on(regionScopeId('ecs', ctx.region, ctx.accountId));
  if (snapshot.taskDefinitions.state !== 'available') {
    yield region([E.readError, errors(snapshot.taskDefinitions)]);
    return;
  }
  yield region([E.taskDefinitionFamilyCount, snapshot.taskDefinitions.value.length]);
  for (const t of snapshot.taskDefinitions.value) yield* [...taskDefinitionFacts(t)].map(on(t.arn));
}
