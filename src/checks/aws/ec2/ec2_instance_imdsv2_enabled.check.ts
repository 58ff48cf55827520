import { EC2, isLive } from '../../../providers/aws/services/ec2/model.js';
import { defineCheck } from '../../define.js';
import { ec2Arn } from '../arn.js';

export default defineCheck({
  id: 'ec2_instance_imdsv2_enabled',
  scanner: EC2,
  reads: ['instances'],
  resource_type: 'AwsEc2Instance',
  title: 'EC2 instances require IMDSv2',
  description: 'The instance metadata service requires session tokens (HttpTokens required).',
  severity: 'high',
  risk: 'IMDSv1 answers any GET: a server-side request forgery in an application hands out the instance role credentials.',
  remediation: {
    text: 'Require IMDSv2 on the instance (and in launch templates and the account default).',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id INSTANCE_ID --http-tokens required --http-endpoint enabled',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
  },
  compliance: { 'cis_aws_7.0': ['6.7'], aws_fsbp: ['EC2.8'] },
  *evaluate(snapshot, ctx) {
    for (const instance of snapshot.instances.filter(isLive)) {
      const resource_id = ec2Arn(ctx, `instance/${instance.id}`);
      yield instance.imdsv2Required
        ? { resource_id, status: 'PASS', reason: `${instance.id} requires IMDSv2` }
        : {
            resource_id,
            status: 'FAIL',
            reason: `${instance.id} allows IMDSv1 (HttpTokens optional)`,
          };
    }
  },
});
