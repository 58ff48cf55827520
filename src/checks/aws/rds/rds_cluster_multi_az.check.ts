import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'rds_cluster_multi_az',
  scanner: RDS,
  reads: ['clusters'],
  resource_type: 'AwsRdsDbCluster',
  title: 'RDS clusters span several Availability Zones',
  description:
    'MultiAZ is true for the DB cluster (its instances run in more than one Availability Zone).',
  severity: 'medium',
  risk: 'A cluster whose instances share one Availability Zone cannot fail over when that zone fails.',
  remediation: {
    text: 'Add a reader instance in another Availability Zone.',
    cli: 'aws rds create-db-instance --db-cluster-identifier CLUSTER --db-instance-identifier CLUSTER-reader --engine ENGINE --db-instance-class CLASS --availability-zone OTHER_AZ',
  },
  compliance: { 'cis_aws_7.0': ['3.2.4'], aws_fsbp: ['RDS.15'] },
  *evaluate(snapshot) {
    for (const db of snapshot.clusters) {
      yield db.multiAz
        ? {
            resource_id: db.arn,
            status: 'PASS',
            reason: `${db.id} spans several Availability Zones`,
          }
        : {
            resource_id: db.arn,
            status: 'FAIL',
            reason: `${db.id} runs in a single Availability Zone`,
          };
    }
  },
});
