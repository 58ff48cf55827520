import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.ecs';
const S = 'aws.security.ecs';
const P = 'aws.performance.ecs';
const A = 'aws.architecture.ecs';

/** Facts about ECS clusters, services and task definitions, each on its ARN. */
export const ECS_METRIC = defineMetrics({
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads of the resource that failed or were denied, each `action: code` (DescribeClusters and ListServices of a cluster, DescribeServices of a service, DescribeTaskDefinition of a family, on the family ARN `…:task-definition/family`; ListTaskDefinitionFamilies on the region).',
  },
  clusterName: {
    name: `${M}.cluster_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the cluster.',
  },
  clusterStatus: {
    name: `${M}.cluster_status`,
    valueType: 'string',
    description: 'ACTIVE, PROVISIONING, DEPROVISIONING, FAILED or INACTIVE.',
  },
  activeServicesCount: {
    name: `${M}.active_services_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Services of the cluster in the ACTIVE state.',
  },
  runningTasksCount: {
    name: `${M}.running_tasks_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Tasks of the cluster in the RUNNING state.',
  },
  containerInstancesCount: {
    name: `${M}.container_instances_count`,
    valueType: 'number',
    unit: 'count',
    description: 'EC2 container instances registered to the cluster.',
  },
  containerInsights: {
    name: `${A}.container_insights`,
    valueType: 'string',
    description:
      'The cluster’s containerInsights setting: enabled, enhanced or disabled (disabled when unset).',
  },
  serviceName: {
    name: `${M}.service_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the service.',
  },
  serviceCluster: {
    name: `${M}.service_cluster`,
    valueType: 'string',
    description: 'ARN of the cluster the service runs in.',
  },
  serviceStatus: {
    name: `${M}.service_status`,
    valueType: 'string',
    description: 'ACTIVE, DRAINING or INACTIVE.',
  },
  launchType: {
    name: `${M}.launch_type`,
    valueType: 'string',
    description:
      'EC2, FARGATE or EXTERNAL; CAPACITY_PROVIDER when a capacity provider strategy places the tasks.',
  },
  serviceTaskDefinition: {
    name: `${M}.service_task_definition`,
    valueType: 'string',
    description: 'ARN of the task definition revision the service runs.',
  },
  desiredCount: {
    name: `${A}.desired_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Tasks the service is meant to run.',
  },
  runningCount: {
    name: `${A}.running_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Tasks of the service in the RUNNING state.',
  },
  pendingCount: {
    name: `${A}.pending_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Tasks of the service in the PENDING state.',
  },
  underReplicated: {
    name: `${A}.under_replicated`,
    valueType: 'boolean',
    description: 'The service runs fewer tasks than it wants (runningCount < desiredCount).',
  },
  singleTask: {
    name: `${A}.single_task`,
    valueType: 'boolean',
    description: 'The service wants one task: a task failure or deployment leaves it without any.',
  },
  assignPublicIp: {
    name: `${S}.assign_public_ip`,
    valueType: 'boolean',
    description:
      'The service’s awsvpc configuration gives its tasks a public IP address (assignPublicIp ENABLED).',
  },
  taskDefinitionFamily: {
    name: `${M}.task_definition_family`,
    valueType: 'string',
    role: 'resource_name',
    description:
      'Family of the task definition (the fact is on its latest ACTIVE revision, or on the family ARN when DescribeTaskDefinition did not answer).',
  },
  taskDefinitionRevision: {
    name: `${M}.task_definition_revision`,
    valueType: 'number',
    description: 'Revision number of the latest ACTIVE revision of the family.',
  },
  networkMode: {
    name: `${A}.network_mode`,
    valueType: 'string',
    description: 'awsvpc, bridge, host or none.',
  },
  containerCount: {
    name: `${M}.container_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Containers of the task definition.',
  },
  privilegedContainers: {
    name: `${S}.privileged_containers`,
    valueType: 'array',
    description: 'Containers of the task definition with privileged: true (root on the host).',
  },
  writableRootContainers: {
    name: `${S}.writable_root_containers`,
    valueType: 'array',
    description: 'Containers of the task definition without readonlyRootFilesystem.',
  },
  plainSecretVariables: {
    name: `${S}.plain_secret_variables`,
    valueType: 'array',
    description:
      'Plain environment variables whose name says they hold a secret (password, secret, token, API key, AWS keys), as `container/NAME`; values are never read into the scan.',
  },
  taskDefinitionFamilyCount: {
    name: `${M}.task_definition_family_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Task definition families with an ACTIVE revision in the region.',
  },
  cpuAverage: {
    name: `${P}.cpu_utilization.average`,
    valueType: 'number',
    unit: 'percent',
    role: 'cpu_utilization_average',
    description:
      'Average CPU of the service’s tasks over the window, in percent of what they reserve (AWS/ECS CPUUtilization).',
  },
  memoryAverage: {
    name: `${P}.memory_utilization.average`,
    valueType: 'number',
    unit: 'percent',
    description:
      'Average memory of the service’s tasks over the window, in percent of what they reserve (AWS/ECS MemoryUtilization).',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    role: 'unavailable',
    description: 'CloudWatch refused or failed the metrics request: {reason, error_code}.',
  },
});

export const ECS_METRICS: readonly MetricDefinition[] = ECS_METRIC.definitions;
