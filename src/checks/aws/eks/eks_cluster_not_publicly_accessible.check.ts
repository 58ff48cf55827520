import { EKS, openToInternet } from '../../../providers/aws/services/eks/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'eks_cluster_not_publicly_accessible',
  scanner: EKS,
  reads: ['clusters'],
  resource_type: 'AwsEksCluster',
  title: 'EKS cluster endpoints are not publicly accessible',
  description:
    'DescribeCluster resourcesVpcConfig: as FSBP EKS.1, a cluster whose API server endpoint is public (endpointPublicAccess) fails, whether its publicAccessCidrs allow 0.0.0.0/0 or ::/0 or only named ranges (the reason names them); a private-only endpoint passes.',
  severity: 'high',
  risk: 'Anyone on the internet can reach the Kubernetes API server: a leaked kubeconfig or token, or an API server vulnerability, is exploitable from anywhere.',
  remediation: {
    text: 'Turn the private endpoint on and the public one off, reaching the API server from the VPC (VPN, Direct Connect, a bastion). Where a public endpoint must stay, limit it to the CIDR ranges of your offices and CI and record the exception: it still fails EKS.1.',
    cli: 'aws eks update-cluster-config --name CLUSTER --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false',
    console: 'EKS → Clusters → <cluster> → Networking → Manage endpoint access',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  },
  compliance: { aws_fsbp: ['EKS.1'] },
  *evaluate(snapshot) {
    for (const c of snapshot.clusters) {
      if (c.details.state !== 'available') {
        yield unreadable(c.arn, `cluster ${c.name}`, c.details);
        continue;
      }
      const d = c.details.value;
      yield d.endpointPublicAccess
        ? {
            resource_id: c.arn,
            status: 'FAIL',
            reason: openToInternet(d)
              ? `cluster ${c.name}'s API server endpoint is public and open to ${d.publicAccessCidrs.join(', ')}`
              : `cluster ${c.name}'s API server endpoint is public, limited to ${d.publicAccessCidrs.join(', ')}`,
          }
        : {
            resource_id: c.arn,
            status: 'PASS',
            reason: `cluster ${c.name}'s API server endpoint is private only`,
          };
    }
  },
});
