import { ECR } from '../../../providers/aws/services/ecr/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'ecr_repositories_lifecycle_policy_enabled',
  scanner: ECR,
  reads: ['repositories'],
  resource_type: 'AwsEcrRepository',
  title: 'ECR repositories have a lifecycle policy',
  description:
    'GetLifecyclePolicy answers a policy for the repository; LifecyclePolicyNotFoundException fails.',
  severity: 'medium',
  risk: 'Without a lifecycle policy every image ever pushed is kept: storage is paid for forever, and old vulnerable images stay one pull away.',
  remediation: {
    text: 'Add a lifecycle policy that expires untagged images and keeps only the last releases.',
    cli: 'aws ecr put-lifecycle-policy --repository-name NAME --lifecycle-policy-text file://policy.json',
    console: 'ECR → Repositories → <repository> → Lifecycle policy → Create rule',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
  },
  compliance: { aws_fsbp: ['ECR.3'] },
  *evaluate(snapshot) {
    for (const r of snapshot.repositories) {
      const policy = r.lifecyclePolicy;
      if (policy.state === 'available')
        yield {
          resource_id: r.arn,
          status: 'PASS',
          reason: `repository ${r.name} has a lifecycle policy of ${policy.value.ruleCount} rules`,
        };
      else if (policy.state === 'absent')
        yield {
          resource_id: r.arn,
          status: 'FAIL',
          reason: `repository ${r.name} has no lifecycle policy`,
        };
      else yield unreadable(r.arn, `the lifecycle policy of repository ${r.name}`, policy);
    }
  },
});
