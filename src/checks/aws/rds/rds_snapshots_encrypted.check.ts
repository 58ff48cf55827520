import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'rds_snapshots_encrypted',
  scanner: RDS,
  reads: ['snapshots'],
  resource_type: 'AwsRdsDbSnapshot',
  title: 'RDS snapshots are encrypted',
  description: 'Every manual DB and cluster snapshot is encrypted.',
  severity: 'medium',
  risk: 'An unencrypted snapshot is a full copy of the data, readable by anyone it is shared with or copied to.',
  remediation: {
    text: 'Copy the snapshot with a KMS key, then delete the unencrypted one.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAPSHOT --target-db-snapshot-identifier SNAPSHOT-encrypted --kms-key-id KEY_ID',
  },
  compliance: { aws_fsbp: ['RDS.4'] },
  *evaluate(snapshot) {
    for (const db of snapshot.snapshots) {
      yield db.encrypted
        ? { resource_id: db.arn, status: 'PASS', reason: `${db.id} is encrypted` }
        : { resource_id: db.arn, status: 'FAIL', reason: `${db.id} is not encrypted` };
    }
  },
});
