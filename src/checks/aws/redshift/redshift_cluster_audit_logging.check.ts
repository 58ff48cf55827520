import { REDSHIFT } from '../../../providers/aws/services/redshift/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'redshift_cluster_audit_logging',
  scanner: REDSHIFT,
  reads: ['clusters'],
  resource_type: 'AwsRedshiftCluster',
  title: 'Redshift clusters have audit logging on',
  description:
    'DescribeLoggingStatus of each cluster (one call a cluster: Redshift has no batch form): logging on passes, naming its destination; off fails; an unread status is an ERROR naming the call.',
  severity: 'medium',
  risk: 'Connections, user changes and queries leave no trace: an intrusion or a data leak cannot be investigated.',
  remediation: {
    text: 'Turn on audit logging to CloudWatch Logs or an S3 bucket (and enable_user_activity_logging for the queries).',
    cli: 'aws redshift enable-logging --cluster-identifier <id> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
  },
  compliance: { aws_fsbp: ['Redshift.4'] },
  *evaluate(snapshot) {
    for (const c of snapshot.clusters) {
      if (c.logging.state !== 'available') {
        yield unreadable(c.arn, `the audit logging status of cluster ${c.id}`, c.logging);
        continue;
      }
      const l = c.logging.value;
      yield l.enabled
        ? {
            resource_id: c.arn,
            status: 'PASS',
            reason: `cluster ${c.id} logs audit events to ${l.destination === 'cloudwatch' ? 'CloudWatch Logs' : `S3${l.bucketName ? ` bucket ${l.bucketName}` : ''}`}`,
          }
        : { resource_id: c.arn, status: 'FAIL', reason: `cluster ${c.id} has audit logging off` };
    }
  },
});
