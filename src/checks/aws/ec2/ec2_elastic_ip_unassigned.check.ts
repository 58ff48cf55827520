import { EC2 } from '../../../providers/aws/services/ec2/model.js';
import { defineCheck } from '../../define.js';
import { ec2Arn } from '../arn.js';

export default defineCheck({
  id: 'ec2_elastic_ip_unassigned',
  scanner: EC2,
  reads: ['addresses'],
  resource_type: 'AwsEc2Eip',
  title: 'Elastic IP addresses are associated',
  description: 'Every Elastic IP is associated with an instance or a network interface.',
  severity: 'low',
  risk: 'An idle address is billed, and may still be trusted by allow-lists elsewhere after it is re-used.',
  remediation: {
    text: 'Release Elastic IPs that are no longer needed.',
    cli: 'aws ec2 release-address --allocation-id ALLOCATION_ID',
  },
  compliance: { aws_fsbp: ['EC2.12'] },
  *evaluate(snapshot, ctx) {
    for (const address of snapshot.addresses) {
      const resource_id = ec2Arn(ctx, `elastic-ip/${address.allocationId ?? address.publicIp}`);
      const target = address.instanceId ?? address.networkInterfaceId;
      yield address.associationId || target
        ? {
            resource_id,
            status: 'PASS',
            reason: `${address.publicIp} is associated with ${target ?? address.associationId}`,
          }
        : { resource_id, status: 'FAIL', reason: `${address.publicIp} is not associated` };
    }
  },
});
