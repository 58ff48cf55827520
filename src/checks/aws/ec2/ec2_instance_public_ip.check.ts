import { EC2, isLive } from '../../../providers/aws/services/ec2/model.js';
import { defineCheck } from '../../define.js';
import { ec2Arn } from '../arn.js';

export default defineCheck({
  id: 'ec2_instance_public_ip',
  scanner: EC2,
  reads: ['instances'],
  resource_type: 'AwsEc2Instance',
  title: 'EC2 instances have no public IPv4 address',
  description: 'The instance has no public IPv4 address (its own or an Elastic IP).',
  severity: 'high',
  risk: 'A public address puts the instance one security group rule away from the whole internet.',
  remediation: {
    text: 'Run the instance in a private subnet behind a load balancer, NAT gateway or Session Manager; release the public address.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
  },
  compliance: { aws_fsbp: ['EC2.9'] },
  *evaluate(snapshot, ctx) {
    for (const instance of snapshot.instances.filter(isLive)) {
      const resource_id = ec2Arn(ctx, `instance/${instance.id}`);
      yield instance.publicIpAddress
        ? {
            resource_id,
            status: 'FAIL',
            reason: `${instance.id} has the public address ${instance.publicIpAddress}`,
          }
        : { resource_id, status: 'PASS', reason: `${instance.id} has no public address` };
    }
  },
});
