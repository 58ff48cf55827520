import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'rds_instance_storage_encrypted',
  scanner: RDS,
  reads: ['instances'],
  resource_type: 'AwsRdsDbInstance',
  title: 'RDS instances are encrypted at rest',
  description: 'StorageEncrypted is true for the DB instance.',
  severity: 'high',
  risk: 'Unencrypted storage, backups, replicas and snapshots can be read by whoever obtains them.',
  remediation: {
    text: 'Encryption cannot be turned on in place: snapshot the instance, copy the snapshot with a KMS key and restore it.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAPSHOT --target-db-snapshot-identifier SNAPSHOT-encrypted --kms-key-id KEY_ID',
  },
  compliance: { 'cis_aws_7.0': ['3.2.1'], aws_fsbp: ['RDS.3'] },
  *evaluate(snapshot) {
    for (const db of snapshot.instances) {
      yield db.storageEncrypted
        ? {
            resource_id: db.arn,
            status: 'PASS',
            reason: `${db.id} is encrypted${db.kmsKeyId ? ` with ${db.kmsKeyId}` : ''}`,
          }
        : { resource_id: db.arn, status: 'FAIL', reason: `${db.id} is not encrypted` };
    }
  },
});
