import { EKS } from '../../../providers/aws/services/eks/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'eks_cluster_kms_cmk_encryption_in_secrets_enabled',
  scanner: EKS,
  reads: ['clusters'],
  resource_type: 'AwsEksCluster',
  title: 'EKS clusters encrypt Kubernetes secrets with a KMS key',
  description:
    'DescribeCluster: an encryptionConfig whose resources include `secrets`, with its KMS key, passes; none fails.',
  severity: 'medium',
  risk: 'Without envelope encryption, Kubernetes secrets sit in etcd protected only by EBS-level encryption: anyone who reads etcd or its backups reads every secret, and you cannot revoke access by disabling a key.',
  remediation: {
    text: 'Associate a customer managed KMS key with the cluster for secrets encryption (it cannot be removed afterwards).',
    cli: 'aws eks associate-encryption-config --cluster-name CLUSTER --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"KEY_ARN"}}]\'',
    console: 'EKS → Clusters → <cluster> → Overview → Secrets encryption → Enable',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
  },
  compliance: { aws_fsbp: ['EKS.3'] },
  *evaluate(snapshot) {
    for (const c of snapshot.clusters) {
      if (c.details.state !== 'available') {
        yield unreadable(c.arn, `cluster ${c.name}`, c.details);
        continue;
      }
      const key = c.details.value.secretsKeyArn;
      yield key
        ? {
            resource_id: c.arn,
            status: 'PASS',
            reason: `cluster ${c.name} encrypts Kubernetes secrets with ${key}`,
          }
        : {
            resource_id: c.arn,
            status: 'FAIL',
            reason: `cluster ${c.name} does not envelope-encrypt Kubernetes secrets with a KMS key`,
          };
    }
  },
});
