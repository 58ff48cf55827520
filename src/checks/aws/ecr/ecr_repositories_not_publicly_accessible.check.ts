import { ECR } from '../../../providers/aws/services/ecr/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'ecr_repositories_not_publicly_accessible',
  scanner: ECR,
  reads: ['repositories'],
  resource_type: 'AwsEcrRepository',
  title: 'ECR repository policies do not let anyone use the repository',
  description:
    'Reads each repository policy (GetRepositoryPolicy): an Allow of ecr actions to principal "*" with no condition pinning the caller to accounts, an organization or a network fails. A repository without a policy passes.',
  severity: 'critical',
  risk: 'Anyone with an AWS account can pull the images (and the code, keys and configuration baked into them), or push and delete images, depending on the actions allowed.',
  remediation: {
    text: 'Name the accounts or the organization that need the repository (aws:PrincipalOrgID), or publish the images to ECR Public on purpose.',
    cli: 'aws ecr set-repository-policy --repository-name NAME --policy-text file://policy.json',
    console: 'ECR → Repositories → <repository> → Permissions → Edit policy JSON',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const r of snapshot.repositories) {
      const policy = r.policy;
      if (policy.state === 'absent') {
        yield {
          resource_id: r.arn,
          status: 'PASS',
          reason: `repository ${r.name} has no repository policy`,
        };
        continue;
      }
      if (policy.state !== 'available') {
        yield unreadable(r.arn, `the repository policy of ${r.name}`, policy);
        continue;
      }
      const open = policy.value.publicStatements;
      yield open.length > 0
        ? {
            resource_id: r.arn,
            status: 'FAIL',
            reason: `repository ${r.name}'s policy lets anyone call ${policy.value.publicActions.join(', ')} (statement ${open.join(', ')})`,
          }
        : {
            resource_id: r.arn,
            status: 'PASS',
            reason: `repository ${r.name}'s policy (${policy.value.statementCount} statements) lets no one in without a narrowing condition`,
          };
    }
  },
});
