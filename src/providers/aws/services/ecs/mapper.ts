import type {
  Cluster,
  ContainerDefinition as SdkContainerDefinition,
  Service,
  TaskDefinition as SdkTaskDefinition,
} from '@aws-sdk/client-ecs';
import type {
  ClusterDetails,
  ContainerDefinition,
  ServiceDetails,
  TaskDefinitionDetails,
} from './model.js';

/** `arn:…:cluster/name` → name (ARNs of either format; the name is the last path part). */
export function nameFromArn(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

export function mapCluster(c: Cluster): ClusterDetails {
  const insights = (c.settings ?? []).find((s) => s.name === 'containerInsights')?.value;
  return {
    status: c.status ?? 'UNKNOWN',
    ...(insights ? { containerInsights: insights } : {}),
    activeServicesCount: c.activeServicesCount ?? 0,
    runningTasksCount: c.runningTasksCount ?? 0,
    pendingTasksCount: c.pendingTasksCount ?? 0,
    registeredContainerInstancesCount: c.registeredContainerInstancesCount ?? 0,
    capacityProviders: c.capacityProviders ?? [],
  };
}

export function mapService(s: Service): ServiceDetails {
  const vpc = s.networkConfiguration?.awsvpcConfiguration;
  return {
    status: s.status ?? 'UNKNOWN',
    ...(s.launchType ? { launchType: s.launchType } : {}),
    capacityProviders: (s.capacityProviderStrategy ?? []).flatMap((p) =>
      p.capacityProvider ? [p.capacityProvider] : [],
    ),
    desiredCount: s.desiredCount ?? 0,
    runningCount: s.runningCount ?? 0,
    pendingCount: s.pendingCount ?? 0,
    ...(s.taskDefinition ? { taskDefinition: s.taskDefinition } : {}),
    ...(vpc ? { assignPublicIp: vpc.assignPublicIp ?? 'DISABLED' } : {}),
    subnetCount: vpc?.subnets?.length ?? 0,
    securityGroupCount: vpc?.securityGroups?.length ?? 0,
    ...(s.createdAt ? { createdAt: s.createdAt.toISOString() } : {}),
  };
}

/** A container's settings; of its environment only the variable names are kept, never a value. */
function mapContainer(c: SdkContainerDefinition): ContainerDefinition {
  return {
    name: c.name ?? '',
    ...(c.image ? { image: c.image } : {}),
    privileged: c.privileged === true,
    readonlyRootFilesystem: c.readonlyRootFilesystem === true,
    ...(c.user ? { user: c.user } : {}),
    environmentNames: (c.environment ?? []).flatMap((v) => (v.name ? [v.name] : [])),
    secretNames: (c.secrets ?? []).flatMap((v) => (v.name ? [v.name] : [])),
  };
}

export function mapTaskDefinition(t: SdkTaskDefinition): TaskDefinitionDetails {
  return {
    status: t.status ?? 'UNKNOWN',
    ...(t.networkMode ? { networkMode: t.networkMode } : {}),
    compatibilities: t.requiresCompatibilities ?? t.compatibilities ?? [],
    ...(t.pidMode ? { pidMode: t.pidMode } : {}),
    containers: (t.containerDefinitions ?? []).map(mapContainer),
  };
}
