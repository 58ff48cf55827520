import { defineAwsScanner } from '../../define-scanner.js';
import { collectVpcSnapshot, VPC_PERMISSIONS } from './collector.js';
import { extractVpcEvents } from './extract.js';
import { VPC_METRICS } from './metrics.js';

/** VPC networking of one region: VPCs, subnets, routing, security groups, network ACLs. */
export const vpcScanner = defineAwsScanner({
  service: 'vpc',
  title: 'Amazon VPC',
  scope: 'regional',
  metrics: VPC_METRICS,
  permissions: VPC_PERMISSIONS,
  collect: collectVpcSnapshot,
  extract: extractVpcEvents,
});
