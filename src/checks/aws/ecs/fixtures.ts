/** ECS snapshots for the check tests, in the collector's normalized shapes. */
import type {
  ContainerDefinition,
  EcsCluster,
  EcsRegionSnapshot,
  EcsService,
  ReadFailure,
  ServiceDetails,
  TaskDefinition,
} from '../../../providers/aws/services/ecs/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDeniedException',
  message: 'not authorized to perform this action',
  httpStatus: 400,
});

const base = `arn:aws:ecs:${REGION}:${ACCOUNT}`;

export function container(
  name: string,
  overrides: Partial<ContainerDefinition> = {},
): ContainerDefinition {
  return {
    name,
    image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${name}:1.0.0`,
    privileged: false,
    readonlyRootFilesystem: true,
    environmentNames: ['LOG_LEVEL'],
    secretNames: [],
    ...overrides,
  };
}

export function taskDefinition(
  family: string,
  containers: ContainerDefinition[] | ReadFailure,
  revision = 1,
): TaskDefinition {
  // Undescribed, a family has no known revision: the collector gives it its family ARN.
  if (!Array.isArray(containers))
    return { arn: `${base}:task-definition/${family}`, family, details: containers };
  return {
    arn: `${base}:task-definition/${family}:${revision}`,
    family,
    revision,
    details: {
      state: 'available',
      value: { status: 'ACTIVE', networkMode: 'awsvpc', compatibilities: ['FARGATE'], containers },
    },
  };
}

export function service(
  cluster: string,
  name: string,
  overrides: Partial<ServiceDetails> | ReadFailure = {},
): EcsService {
  return {
    arn: `${base}:service/${cluster}/${name}`,
    name,
    details:
      'state' in overrides
        ? overrides
        : {
            state: 'available',
            value: {
              status: 'ACTIVE',
              launchType: 'FARGATE',
              capacityProviders: [],
              desiredCount: 2,
              runningCount: 2,
              pendingCount: 0,
              taskDefinition: `${base}:task-definition/${name}:1`,
              assignPublicIp: 'DISABLED',
              subnetCount: 2,
              securityGroupCount: 1,
              ...overrides,
            },
          },
  };
}

export function cluster(
  name: string,
  services: EcsService[] | ReadFailure = [],
  /** null: the setting is not in the answer (never set). */
  containerInsights: string | ReadFailure | null = 'enabled',
): EcsCluster {
  return {
    arn: `${base}:cluster/${name}`,
    name,
    details:
      typeof containerInsights === 'object' && containerInsights !== null
        ? containerInsights
        : {
            state: 'available',
            value: {
              status: 'ACTIVE',
              ...(containerInsights ? { containerInsights } : {}),
              activeServicesCount: Array.isArray(services) ? services.length : 0,
              runningTasksCount: 2,
              pendingTasksCount: 0,
              registeredContainerInstancesCount: 0,
              capacityProviders: ['FARGATE'],
            },
          },
    services: Array.isArray(services) ? { state: 'available', value: services } : services,
  };
}

export function snapshot(
  clusters: EcsCluster[],
  taskDefinitions: TaskDefinition[] | ReadFailure = [],
): EcsRegionSnapshot {
  return {
    region: REGION,
    clusters,
    taskDefinitions: Array.isArray(taskDefinitions)
      ? { state: 'available', value: taskDefinitions }
      : taskDefinitions,
    performance: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-06-30T10:00:00.000Z',
      resources: {},
    },
  };
}

/** Task definitions: sound; privileged, writable and leaking secrets; unread. */
export const soundTask = taskDefinition('api', [
  container('api', { environmentNames: ['NODE_ENV'], secretNames: ['DB_PASSWORD'] }),
]);
export const sloppyTask = taskDefinition(
  'worker',
  [
    container('sidecar'),
    container('worker', {
      privileged: true,
      readonlyRootFilesystem: false,
      environmentNames: ['DB_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'DB_PASSWORD_SECRET_ARN', 'PORT'],
    }),
  ],
  4,
);
export const hiddenTask = taskDefinition('hidden', DENIED('ecs:DescribeTaskDefinition'));

/** Services: private; public; unread. Clusters: with Insights; without; unread. */
export const privateService = service('prod', 'api');
export const publicService = service('prod', 'web', { assignPublicIp: 'ENABLED' });
/** Bridge networking on EC2: no awsvpc configuration, so no assignPublicIp. */
export const bridgeService: EcsService = {
  arn: `${base}:service/batch/worker`,
  name: 'worker',
  details: {
    state: 'available',
    value: {
      status: 'ACTIVE',
      launchType: 'EC2',
      capacityProviders: [],
      desiredCount: 1,
      runningCount: 1,
      pendingCount: 0,
      subnetCount: 0,
      securityGroupCount: 0,
    },
  },
};
export const hiddenService = service('prod', 'hidden', DENIED('ecs:DescribeServices'));
export const prod = cluster('prod', [privateService, publicService, hiddenService], 'enhanced');
export const batch = cluster('batch', [bridgeService], null);
export const legacy = cluster('legacy', [], 'disabled');
export const hidden = cluster('hidden', DENIED('ecs:ListServices'), DENIED('ecs:DescribeClusters'));

export const all = snapshot([prod, batch, legacy, hidden], [soundTask, sloppyTask, hiddenTask]);
