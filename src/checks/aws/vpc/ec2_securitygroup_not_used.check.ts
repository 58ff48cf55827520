import { VPC } from '../../../providers/aws/services/vpc/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';
import { sgArn } from './common.js';

export default defineCheck({
  id: 'ec2_securitygroup_not_used',
  scanner: VPC,
  reads: ['securityGroupAttachments', 'securityGroups'],
  resource_type: 'AwsEc2SecurityGroup',
  title: 'Security groups are in use',
  description:
    'Every security group other than a VPC default one is used by at least one network interface.',
  severity: 'low',
  risk: 'Unused groups pile up permissive rules that someone may attach to a new resource without re-reading them.',
  remediation: {
    text: 'Delete security groups that no network interface uses (and that no other group references).',
    cli: 'aws ec2 delete-security-group --group-id GROUP_ID',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    for (const group of snapshot.securityGroups) {
      if (group.name === 'default') continue;
      const resource_id = sgArn(ctx, group);
      if (snapshot.securityGroupAttachments.state !== 'available') {
        yield unreadable(
          resource_id,
          `${group.id}'s network interfaces`,
          snapshot.securityGroupAttachments,
        );
        continue;
      }
      const uses = snapshot.securityGroupAttachments.value[group.id] ?? 0;
      yield uses > 0
        ? {
            resource_id,
            status: 'PASS',
            reason: `${group.id} (${group.name}) is used by ${uses} network interface(s)`,
          }
        : {
            resource_id,
            status: 'FAIL',
            reason: `${group.id} (${group.name}) is used by no network interface`,
          };
    }
  },
});
