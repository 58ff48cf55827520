import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'rds_cluster_deletion_protection',
  scanner: RDS,
  reads: ['clusters'],
  resource_type: 'AwsRdsDbCluster',
  title: 'RDS clusters have deletion protection',
  description: 'DeletionProtection is true for the DB cluster.',
  severity: 'medium',
  risk: 'A single mistaken call or a compromised credential can delete the cluster.',
  remediation: {
    text: 'Turn on deletion protection.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --deletion-protection --apply-immediately',
  },
  compliance: { aws_fsbp: ['RDS.7'] },
  *evaluate(snapshot) {
    for (const db of snapshot.clusters) {
      yield db.deletionProtection
        ? { resource_id: db.arn, status: 'PASS', reason: `${db.id} is protected from deletion` }
        : { resource_id: db.arn, status: 'FAIL', reason: `${db.id} has DeletionProtection off` };
    }
  },
});
