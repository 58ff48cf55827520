import { EKS, openToInternet } from '../../../providers/aws/services/eks/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'eks_cluster_not_publicly_accessible',
  scanner: EKS,
  reads: ['clusters'],
  resource_type: 'AwsEksCluster',
  title: 'EKS cluster endpoints are not open to the internet',
  description:
    'DescribeCluster: a public API server endpoint (resourcesVpcConfig.endpointPublicAccess) whose publicAccessCidrs allow 0.0.0.0/0 or ::/0 fails; a private endpoint, or a public one limited to named ranges, passes (the ranges are named). Security Hub’s EKS.1 is stricter: it fails every public endpoint, named ranges or not.',
  severity: 'high',
  risk: 'Anyone on the internet can reach the Kubernetes API server: a leaked kubeconfig or token, or an API server vulnerability, is exploitable from anywhere.',
  remediation: {
    text: 'Turn the private endpoint on and the public one off, or limit the public endpoint to the CIDR ranges of your offices and CI.',
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
      if (openToInternet(d))
        yield {
          resource_id: c.arn,
          status: 'FAIL',
          reason: `cluster ${c.name}'s API server endpoint is public and open to ${d.publicAccessCidrs.join(', ')}`,
        };
      else
        yield {
          resource_id: c.arn,
          status: 'PASS',
          reason: d.endpointPublicAccess
            ? `cluster ${c.name}'s public endpoint is limited to ${d.publicAccessCidrs.join(', ')}`
            : `cluster ${c.name}'s API server endpoint is private only`,
        };
    }
  },
});
