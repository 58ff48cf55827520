import { defineAwsScanner } from '../../define-scanner.js';
import { collectEc2, EC2_PERMISSIONS } from './collector.js';
import { extractEc2 } from './extract.js';
import { EC2_METRICS } from './metrics.js';

/** Amazon EC2: instances, their EBS volumes and Elastic IPs, with CloudWatch performance. */
export const ec2Scanner = defineAwsScanner({
  service: 'ec2',
  title: 'Amazon EC2',
  scope: 'regional',
  metrics: EC2_METRICS,
  permissions: EC2_PERMISSIONS,
  collect: collectEc2,
  extract: (snapshot, ctx) =>
    extractEc2(snapshot, { accountId: ctx.accountId, region: ctx.region }),
});
