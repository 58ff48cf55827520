import { EC2, isLive } from '../../../providers/aws/services/ec2/model.js';
import { defineCheck } from '../../define.js';
import { ec2Arn } from '../arn.js';

export default defineCheck({
  id: 'ec2_instance_profile_attached',
  scanner: EC2,
  reads: ['instances'],
  resource_type: 'AwsEc2Instance',
  title: 'EC2 instances use an IAM instance profile',
  description:
    'The instance has an IAM instance profile, so software on it gets temporary credentials.',
  severity: 'medium',
  risk: 'Instances without a role tend to carry long-lived access keys in files, images or environment variables.',
  remediation: {
    text: 'Attach an instance profile with a least-privilege role, and remove access keys stored on the instance.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id INSTANCE_ID --iam-instance-profile Name=PROFILE',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
  },
  compliance: { 'cis_aws_7.0': ['2.16'] },
  *evaluate(snapshot, ctx) {
    for (const instance of snapshot.instances.filter(isLive)) {
      const resource_id = ec2Arn(ctx, `instance/${instance.id}`);
      yield instance.iamInstanceProfileArn
        ? {
            resource_id,
            status: 'PASS',
            reason: `${instance.id} uses ${instance.iamInstanceProfileArn}`,
          }
        : { resource_id, status: 'FAIL', reason: `${instance.id} has no instance profile` };
    }
  },
});
