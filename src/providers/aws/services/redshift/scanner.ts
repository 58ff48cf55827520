import { defineAwsScanner } from '../../define-scanner.js';
import { extractRedshiftEvents } from './extract.js';
import { REDSHIFT_METRICS } from './metrics.js';
import { REDSHIFT_PERMISSIONS } from './permissions.js';

/**
 * Provisioned Redshift clusters of one region: public access, encryption at rest, enhanced VPC
 * routing, require_ssl of their parameter groups, automated snapshots, audit logging (one
 * DescribeLoggingStatus a cluster: there is no batch form), CPU and connections from CloudWatch
 * in one batched fetch, idle clusters and, with options.cost, their nodes' price.
 */
export const redshiftScanner = defineAwsScanner({
  service: 'redshift',
  title: 'Amazon Redshift clusters',
  scope: 'regional',
  metrics: REDSHIFT_METRICS,
  permissions: REDSHIFT_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectRedshiftSnapshot(ctx),
  extract: extractRedshiftEvents,
});
