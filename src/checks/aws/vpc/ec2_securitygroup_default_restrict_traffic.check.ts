import { VPC } from '../../../providers/aws/services/vpc/model.js';
import { defineCheck } from '../../define.js';
import { sgArn } from './common.js';

export default defineCheck({
  id: 'ec2_securitygroup_default_restrict_traffic',
  scanner: VPC,
  reads: ['securityGroups'],
  resource_type: 'AwsEc2SecurityGroup',
  title: 'Default security groups allow no traffic',
  description: 'The default security group of each VPC has no inbound and no outbound rule.',
  severity: 'high',
  risk: 'Resources launched without a chosen group land in the default one and inherit whatever it allows.',
  remediation: {
    text: 'Move resources to purpose-made groups, then delete every rule of the default group.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id DEFAULT_GROUP_ID --ip-permissions file://default-rules.json',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
  },
  compliance: { 'cis_aws_7.0': ['6.5'], aws_fsbp: ['EC2.2'] },
  *evaluate(snapshot, ctx) {
    for (const group of snapshot.securityGroups) {
      if (group.name !== 'default') continue;
      const resource_id = sgArn(ctx, group);
      const { ingress, egress } = group;
      yield ingress.length === 0 && egress.length === 0
        ? {
            resource_id,
            status: 'PASS',
            reason: `${group.id} (default of ${group.vpcId}) has no rule`,
          }
        : {
            resource_id,
            status: 'FAIL',
            reason: `${group.id} (default of ${group.vpcId}) has ${ingress.length} inbound and ${egress.length} outbound rule(s)`,
          };
    }
  },
});
