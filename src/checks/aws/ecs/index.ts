import type { CheckDefinition } from '../../../core/index.js';
import ecs_cluster_container_insights_enabled from './ecs_cluster_container_insights_enabled.check.js';
import ecs_service_no_assign_public_ip from './ecs_service_no_assign_public_ip.check.js';
import ecs_task_definitions_containers_readonly_access from './ecs_task_definitions_containers_readonly_access.check.js';
import ecs_task_definitions_no_environment_secrets from './ecs_task_definitions_no_environment_secrets.check.js';
import ecs_task_definitions_no_privileged_containers from './ecs_task_definitions_no_privileged_containers.check.js';

/** The ECS cluster, service and task definition checks: one line per check. */
export const ECS_CHECKS: readonly CheckDefinition[] = [
  ecs_cluster_container_insights_enabled,
  ecs_service_no_assign_public_ip,
  ecs_task_definitions_containers_readonly_access,
  ecs_task_definitions_no_environment_secrets,
  ecs_task_definitions_no_privileged_containers,
];
