import { REDSHIFT } from '../../../providers/aws/services/redshift/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'redshift_cluster_encrypted_at_rest',
  scanner: REDSHIFT,
  reads: ['clusters'],
  resource_type: 'AwsRedshiftCluster',
  title: 'Redshift clusters are encrypted at rest with KMS',
  description:
    'Encrypted and KmsKeyId of each cluster: encrypted passes (naming its KMS key), not encrypted fails.',
  severity: 'high',
  risk: 'Data blocks, backups and snapshots of the warehouse are stored unencrypted.',
  remediation: {
    text: 'Turn on encryption with a KMS key (Redshift migrates the data in place).',
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --encrypted --kms-key-id <key>',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
  },
  compliance: { aws_fsbp: ['Redshift.10'] },
  *evaluate(snapshot) {
    for (const c of snapshot.clusters)
      yield c.encrypted
        ? {
            resource_id: c.arn,
            status: 'PASS',
            reason: `cluster ${c.id} is encrypted at rest${c.kmsKeyId ? ` with KMS key ${c.kmsKeyId}` : ''}`,
          }
        : {
            resource_id: c.arn,
            status: 'FAIL',
            reason: `cluster ${c.id} is not encrypted at rest`,
          };
  },
});
