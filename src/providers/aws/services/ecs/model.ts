/** One region's ECS clusters, services and latest task definitions in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { StatsRead } from '../../cloudwatch-stats.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** What DescribeClusters (SETTINGS included) says of a cluster. */
export interface ClusterDetails {
  /** ACTIVE, PROVISIONING, DEPROVISIONING, FAILED or INACTIVE. */
  status: string;
  /** The cluster's containerInsights setting: enabled, enhanced or disabled; absent when unset. */
  containerInsights?: string;
  activeServicesCount: number;
  runningTasksCount: number;
  pendingTasksCount: number;
  registeredContainerInstancesCount: number;
  capacityProviders: string[];
}

/** What DescribeServices says of a service. */
export interface ServiceDetails {
  /** ACTIVE, DRAINING or INACTIVE. */
  status: string;
  /** EC2, FARGATE or EXTERNAL; absent when the service runs on a capacity provider strategy. */
  launchType?: string;
  capacityProviders: string[];
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  /** The task definition revision the service runs (ARN). */
  taskDefinition?: string;
  /** awsvpc networking: ENABLED or DISABLED; absent without an awsvpc configuration. */
  assignPublicIp?: string;
  subnetCount: number;
  securityGroupCount: number;
  /** ISO 8601. */
  createdAt?: string;
}

export interface EcsService {
  arn: string;
  name: string;
  /** DescribeServices, ten services a call; `absent` when ECS reports it MISSING. */
  details: Read<ServiceDetails>;
}

export interface EcsCluster {
  arn: string;
  name: string;
  /** DescribeClusters, a hundred clusters a call. */
  details: Read<ClusterDetails>;
  /** ListServices of the cluster; each service then described. */
  services: Read<EcsService[]>;
}

/** One container of a task definition; environment values are never kept, only their names. */
export interface ContainerDefinition {
  name: string;
  image?: string;
  privileged: boolean;
  readonlyRootFilesystem: boolean;
  user?: string;
  /** Names of the plain `environment` variables (the values are dropped by the mapper). */
  environmentNames: string[];
  /** Names of the variables taken from Secrets Manager or SSM Parameter Store (`secrets`). */
  secretNames: string[];
}

/** What DescribeTaskDefinition says of one revision. */
export interface TaskDefinitionDetails {
  status: string;
  /** awsvpc, bridge, host or none. */
  networkMode?: string;
  compatibilities: string[];
  /** host or task when the task shares the host's process namespace. */
  pidMode?: string;
  containers: ContainerDefinition[];
}

/** The latest ACTIVE revision of one task definition family. */
export interface TaskDefinition {
  /**
   * The revision's ARN (`…:task-definition/family:revision`); the family's
   * (`…:task-definition/family`) when DescribeTaskDefinition did not answer.
   */
  arn: string;
  family: string;
  /** Absent when DescribeTaskDefinition did not answer: only it says which revision is the latest. */
  revision?: number;
  /** DescribeTaskDefinition of the family (its latest ACTIVE revision). */
  details: Read<TaskDefinitionDetails>;
}

export type EcsStatField = 'cpu' | 'memory';

export interface EcsRegionSnapshot {
  region: string;
  clusters: EcsCluster[];
  /** ListTaskDefinitionFamilies (ACTIVE), each family's latest ACTIVE revision described. */
  taskDefinitions: Read<TaskDefinition[]>;
  /** Average CPU and memory of each service (AWS/ECS, ClusterName and ServiceName), by ARN. */
  performance: StatsRead<EcsStatField>;
}

/**
 * Environment variable names that hold credentials by their name. FSBP ECS.8 names
 * AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and ECS_ENGINE_AUTH_DATA; the patterns add the usual
 * password, secret, token and API key names. Names that only point at a secret or say where it is
 * (…_ARN, …_NAME, …_ID, …_PATH, …_FILE, …_ENDPOINT, …_REGION) are not secrets themselves.
 */
const SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|AUTH_DATA/i;
const POINTER_NAME = /_(ARN|NAME|ID|PATH|FILE|ENDPOINT|REGION)$/i;

export function isSecretLikeName(name: string): boolean {
  if (name.toUpperCase() === 'AWS_ACCESS_KEY_ID') return true;
  return SECRET_NAME.test(name) && !POINTER_NAME.test(name);
}

/** `container/VARIABLE` of each plain environment variable whose name says it holds a secret. */
export function plainSecretVariables(details: TaskDefinitionDetails): string[] {
  return details.containers.flatMap((c) =>
    c.environmentNames.filter(isSecretLikeName).map((name) => `${c.name}/${name}`),
  );
}

/** Container Insights is on (enabled, or enhanced observability). */
export function containerInsightsOn(details: ClusterDetails): boolean {
  return details.containerInsights === 'enabled' || details.containerInsights === 'enhanced';
}

/** The ECS scanner, as its checks name it. */
export const ECS = scannerRef<EcsRegionSnapshot>('aws', 'ecs');
