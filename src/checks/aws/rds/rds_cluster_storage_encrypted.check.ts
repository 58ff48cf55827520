import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'rds_cluster_storage_encrypted',
  scanner: RDS,
  reads: ['clusters'],
  resource_type: 'AwsRdsDbCluster',
  title: 'RDS clusters are encrypted at rest',
  description: 'StorageEncrypted is true for the DB cluster.',
  severity: 'high',
  risk: 'Unencrypted cluster storage and snapshots can be read by whoever obtains them.',
  remediation: {
    text: 'Restore an encrypted copy of a cluster snapshot and move the application to it.',
    cli: 'aws rds restore-db-cluster-from-snapshot --db-cluster-identifier CLUSTER-encrypted --snapshot-identifier SNAPSHOT --engine ENGINE --kms-key-id KEY_ID',
  },
  compliance: { aws_fsbp: ['RDS.27'] },
  *evaluate(snapshot) {
    for (const db of snapshot.clusters) {
      yield db.storageEncrypted
        ? { resource_id: db.arn, status: 'PASS', reason: `${db.id} is encrypted` }
        : { resource_id: db.arn, status: 'FAIL', reason: `${db.id} is not encrypted` };
    }
  },
});
