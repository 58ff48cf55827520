import { VPC } from '../../../providers/aws/services/vpc/model.js';
import { defineCheck } from '../../define.js';
import { aclArn } from './common.js';

export default defineCheck({
  id: 'ec2_networkacl_unused',
  scanner: VPC,
  reads: ['networkAcls'],
  resource_type: 'AwsEc2NetworkAcl',
  title: 'Network ACLs are associated with a subnet',
  description:
    'Every network ACL other than a VPC default one is associated with at least one subnet.',
  severity: 'low',
  risk: 'Unused ACLs clutter reviews and may be attached later with rules nobody re-read.',
  remediation: {
    text: 'Delete network ACLs that no subnet uses.',
    cli: 'aws ec2 delete-network-acl --network-acl-id ACL_ID',
  },
  compliance: { aws_fsbp: ['EC2.16'] },
  *evaluate(snapshot, ctx) {
    for (const acl of snapshot.networkAcls) {
      if (acl.isDefault) continue;
      const resource_id = aclArn(ctx, acl);
      yield acl.subnetIds.length > 0
        ? {
            resource_id,
            status: 'PASS',
            reason: `${acl.id} serves ${acl.subnetIds.length} subnet(s)`,
          }
        : { resource_id, status: 'FAIL', reason: `${acl.id} is associated with no subnet` };
    }
  },
});
