import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'rds_snapshots_public_access',
  scanner: RDS,
  reads: ['snapshots'],
  resource_type: 'AwsRdsDbSnapshot',
  title: 'RDS snapshots are not public',
  description:
    'No manual DB or cluster snapshot can be restored by every AWS account (restore attribute "all").',
  severity: 'critical',
  risk: 'Any AWS account in the world can restore a public snapshot: a full copy of the database.',
  remediation: {
    text: 'Remove "all" from the snapshot restore attribute; share it with named accounts if needed.',
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier SNAPSHOT --attribute-name restore --values-to-remove all',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
  },
  compliance: { aws_fsbp: ['RDS.1'] },
  *evaluate(snapshot) {
    for (const snap of snapshot.snapshots) {
      if (snap.sharing.state !== 'available') {
        yield unreadable(snap.arn, `${snap.id}'s sharing`, snap.sharing);
        continue;
      }
      const sharing = snap.sharing.value;
      if (sharing.public) {
        yield {
          resource_id: snap.arn,
          status: 'FAIL',
          reason: `${snap.id} can be restored by any AWS account`,
        };
      } else {
        yield {
          resource_id: snap.arn,
          status: 'PASS',
          reason:
            sharing.sharedWithAccounts.length > 0
              ? `${snap.id} is shared only with ${sharing.sharedWithAccounts.join(', ')}`
              : `${snap.id} is private`,
        };
      }
    }
  },
});
