import { EKS } from '../../../providers/aws/services/eks/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'eks_cluster_audit_logging_enabled',
  scanner: EKS,
  reads: ['clusters'],
  resource_type: 'AwsEksCluster',
  title: 'EKS clusters send their audit log to CloudWatch Logs',
  description:
    'DescribeCluster: control plane logging (logging.clusterLogging) with the `audit` type enabled passes; without it fails, naming the types that are on.',
  severity: 'medium',
  risk: 'Without the Kubernetes audit log nobody can tell who read a secret, exec’d into a pod or changed a role binding: an intrusion goes unseen and cannot be investigated.',
  remediation: {
    text: 'Enable the audit log type (and api and authenticator) of the cluster’s control plane logging.',
    cli: 'aws eks update-cluster-config --name CLUSTER --logging \'{"clusterLogging":[{"types":["audit"],"enabled":true}]}\'',
    console: 'EKS → Clusters → <cluster> → Observability → Control plane logging → Manage',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
  },
  compliance: { aws_fsbp: ['EKS.8'] },
  *evaluate(snapshot) {
    for (const c of snapshot.clusters) {
      if (c.details.state !== 'available') {
        yield unreadable(c.arn, `cluster ${c.name}`, c.details);
        continue;
      }
      const types = c.details.value.loggingEnabled;
      yield types.includes('audit')
        ? {
            resource_id: c.arn,
            status: 'PASS',
            reason: `cluster ${c.name} logs ${types.join(', ')}`,
          }
        : {
            resource_id: c.arn,
            status: 'FAIL',
            reason: `cluster ${c.name} has no audit logging (${types.length > 0 ? `logs ${types.join(', ')} only` : 'no control plane logging'})`,
          };
    }
  },
});
