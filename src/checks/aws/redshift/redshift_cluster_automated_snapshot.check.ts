import { REDSHIFT } from '../../../providers/aws/services/redshift/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'redshift_cluster_automated_snapshot',
  scanner: REDSHIFT,
  reads: ['clusters'],
  resource_type: 'AwsRedshiftCluster',
  title: 'Redshift clusters take automated snapshots',
  description:
    'AutomatedSnapshotRetentionPeriod of each cluster: one day or more passes (FSBP asks 7 by default), 0 fails.',
  severity: 'medium',
  risk: 'A dropped table or a corrupted load cannot be restored to a point in time.',
  remediation: {
    text: 'Set an automated snapshot retention period (7 days or more).',
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --automated-snapshot-retention-period 7',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html',
  },
  compliance: { aws_fsbp: ['Redshift.3'] },
  *evaluate(snapshot) {
    for (const c of snapshot.clusters)
      yield c.automatedSnapshotRetentionDays > 0
        ? {
            resource_id: c.arn,
            status: 'PASS',
            reason: `cluster ${c.id} keeps automated snapshots ${c.automatedSnapshotRetentionDays} day(s)`,
          }
        : {
            resource_id: c.arn,
            status: 'FAIL',
            reason: `cluster ${c.id} has automated snapshots off`,
          };
  },
});
