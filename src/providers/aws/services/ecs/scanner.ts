import { defineAwsScanner } from '../../define-scanner.js';
import { ECS_PERMISSIONS } from './permissions.js';
import { extractEcsEvents } from './extract.js';
import { ECS_METRICS } from './metrics.js';

/**
 * ECS of one region: clusters (Container Insights), services (public IPs, desired and running
 * tasks, CPU and memory from CloudWatch) and the latest ACTIVE revision of every task definition
 * family (privileged containers, writable root file systems, secrets in plain environment).
 */
export const ecsScanner = defineAwsScanner({
  service: 'ecs',
  title: 'Amazon ECS clusters, services and task definitions',
  scope: 'regional',
  metrics: ECS_METRICS,
  permissions: ECS_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectEcsSnapshot(ctx),
  extract: extractEcsEvents,
});
