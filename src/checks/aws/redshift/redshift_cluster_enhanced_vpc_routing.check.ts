import { REDSHIFT } from '../../../providers/aws/services/redshift/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'redshift_cluster_enhanced_vpc_routing',
  scanner: REDSHIFT,
  reads: ['clusters'],
  resource_type: 'AwsRedshiftCluster',
  title: 'Redshift clusters use enhanced VPC routing',
  description: 'EnhancedVpcRouting of each cluster: true passes, false fails.',
  severity: 'medium',
  risk: 'COPY and UNLOAD traffic to S3 and other services leaves the VPC, out of reach of its endpoints policies, security groups, network ACLs and flow logs.',
  remediation: {
    text: 'Turn on enhanced VPC routing (and give the VPC an S3 gateway endpoint or a NAT route).',
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --enhanced-vpc-routing',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html',
  },
  compliance: { aws_fsbp: ['Redshift.7'] },
  *evaluate(snapshot) {
    for (const c of snapshot.clusters)
      yield c.enhancedVpcRouting
        ? {
            resource_id: c.arn,
            status: 'PASS',
            reason: `cluster ${c.id} uses enhanced VPC routing`,
          }
        : {
            resource_id: c.arn,
            status: 'FAIL',
            reason: `cluster ${c.id} does not use enhanced VPC routing`,
          };
  },
});
