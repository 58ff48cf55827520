import { ECR } from '../../../providers/aws/services/ecr/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'ecr_repositories_tag_immutability',
  scanner: ECR,
  reads: ['repositories'],
  resource_type: 'AwsEcrRepository',
  title: 'ECR private repositories have immutable image tags',
  description:
    'DescribeRepositories reports imageTagMutability IMMUTABLE (or IMMUTABLE_WITH_EXCLUSION, whose excepted tag filters are named); MUTABLE and MUTABLE_WITH_EXCLUSION fail.',
  severity: 'medium',
  risk: 'A pushed image can silently replace the one a tag named: whoever can push changes what every deployment of that tag runs.',
  remediation: {
    text: 'Set tag immutability on the repository (and deploy by digest or by unique tags).',
    cli: 'aws ecr put-image-tag-mutability --repository-name NAME --image-tag-mutability IMMUTABLE',
    console: 'ECR → Repositories → <repository> → Edit → Tag immutability',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
  },
  compliance: { aws_fsbp: ['ECR.2'] },
  *evaluate(snapshot) {
    for (const r of snapshot.repositories) {
      const except =
        r.tagMutabilityExclusions.length > 0
          ? ` except ${r.tagMutabilityExclusions.join(', ')}`
          : '';
      yield r.imageTagMutability.startsWith('IMMUTABLE')
        ? {
            resource_id: r.arn,
            status: 'PASS',
            reason: `repository ${r.name} has immutable tags${except}`,
          }
        : {
            resource_id: r.arn,
            status: 'FAIL',
            reason: `repository ${r.name} has mutable tags${except ? ` (immutable only for${except.slice(7)})` : ''}`,
          };
    }
  },
});
