import { REDSHIFT } from '../../../providers/aws/services/redshift/model.js';
import { checkConfig } from '../../config.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'redshift_cluster_automated_snapshot',
  scanner: REDSHIFT,
  reads: ['clusters'],
  resource_type: 'AwsRedshiftCluster',
  title: 'Redshift clusters take automated snapshots',
  description:
    'DescribeClusters AutomatedSnapshotRetentionPeriod of each cluster: at least min_redshift_snapshot_retention_days (default 7, as FSBP Redshift.3’s MinRetentionPeriod) passes; fewer days, or 0 (automated snapshots off), fails.',
  severity: 'medium',
  risk: 'A dropped table or a corrupted load cannot be restored to a point in time.',
  remediation: {
    text: 'Set an automated snapshot retention period (7 days or more).',
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --automated-snapshot-retention-period 7',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html',
  },
  compliance: { aws_fsbp: ['Redshift.3'] },
  *evaluate(snapshot, ctx) {
    const minimum = checkConfig(ctx.options).min_redshift_snapshot_retention_days;
    for (const c of snapshot.clusters) {
      const days = c.automatedSnapshotRetentionDays;
      yield days >= minimum
        ? {
            resource_id: c.arn,
            status: 'PASS',
            reason: `cluster ${c.id} keeps automated snapshots ${days} day(s)`,
          }
        : {
            resource_id: c.arn,
            status: 'FAIL',
            reason:
              days === 0
                ? `cluster ${c.id} has automated snapshots off`
                : `cluster ${c.id} keeps automated snapshots ${days} day(s), below ${minimum}`,
          };
    }
  },
});
