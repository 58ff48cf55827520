import { VPC } from '../../../providers/aws/services/vpc/model.js';
import { defineCheck } from '../../define.js';
import { ec2Arn } from '../arn.js';

export default defineCheck({
  id: 'vpc_subnet_no_public_ip_by_default',
  scanner: VPC,
  reads: ['subnets'],
  resource_type: 'AwsEc2Subnet',
  title: 'Subnets do not assign public IPv4 addresses automatically',
  description: 'MapPublicIpOnLaunch is off for the subnet.',
  severity: 'medium',
  risk: 'Every instance launched in the subnet gets a public address, whether or not anyone meant it to.',
  remediation: {
    text: 'Turn off auto-assignment of public IPv4 addresses; give public addresses explicitly where needed.',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id SUBNET_ID --no-map-public-ip-on-launch',
  },
  compliance: { aws_fsbp: ['EC2.15'] },
  *evaluate(snapshot, ctx) {
    for (const subnet of snapshot.subnets) {
      const resource_id = ec2Arn(ctx, `subnet/${subnet.id}`, subnet.ownerId);
      yield subnet.mapPublicIpOnLaunch
        ? {
            resource_id,
            status: 'FAIL',
            reason: `${subnet.id} assigns public IPv4 addresses on launch`,
          }
        : { resource_id, status: 'PASS', reason: `${subnet.id} does not assign public addresses` };
    }
  },
});
