import { REDSHIFT } from '../../../providers/aws/services/redshift/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'redshift_cluster_public_access',
  scanner: REDSHIFT,
  reads: ['clusters'],
  resource_type: 'AwsRedshiftCluster',
  title: 'Redshift clusters are not publicly accessible',
  description:
    'PubliclyAccessible of each cluster (DescribeClusters): false passes, true (a public endpoint) fails.',
  severity: 'critical',
  risk: 'A public endpoint exposes the warehouse to password guessing and exploits from the internet; only the security group stands in between.',
  remediation: {
    text: 'Turn off public accessibility and reach the cluster through the VPC (VPN, Direct Connect, a bastion or Redshift-managed VPC endpoints).',
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --no-publicly-accessible',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html',
  },
  compliance: { aws_fsbp: ['Redshift.1'] },
  *evaluate(snapshot) {
    for (const c of snapshot.clusters)
      yield c.publiclyAccessible
        ? { resource_id: c.arn, status: 'FAIL', reason: `cluster ${c.id} is publicly accessible` }
        : {
            resource_id: c.arn,
            status: 'PASS',
            reason: `cluster ${c.id} is not publicly accessible`,
          };
  },
});
