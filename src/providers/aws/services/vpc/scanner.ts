import { defineAwsScanner } from '../../define-scanner.js';
import { VPC_PERMISSIONS } from './permissions.js';
import { extractVpcEvents } from './extract.js';
import { VPC_METRICS } from './metrics.js';

/** VPC networking of one region: VPCs, subnets, routing, security groups, network ACLs. */
export const vpcScanner = defineAwsScanner({
  service: 'vpc',
  title: 'Amazon VPC',
  scope: 'regional',
  metrics: VPC_METRICS,
  permissions: VPC_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectVpcSnapshot(ctx),
  extract: extractVpcEvents,
});
