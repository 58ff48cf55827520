import { KMS } from '../../../providers/aws/services/kms/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

const PENDING = new Set(['PendingDeletion', 'PendingReplicaDeletion']);

export default defineCheck({
  id: 'kms_cmk_not_deleted_unintentionally',
  scanner: KMS,
  reads: ['keys'],
  resource_type: 'AwsKmsKey',
  title: 'No customer-managed KMS key is scheduled for deletion',
  description:
    'Reads the state of every customer-managed key: a key pending deletion is reported with its deletion date.',
  severity: 'critical',
  risk: 'Once the waiting period ends the key is gone for good, and every piece of data encrypted under it becomes unreadable.',
  remediation: {
    text: 'If the deletion is not intended, cancel it and re-enable the key; if it is, first re-encrypt what still depends on it.',
    cli: 'aws kms cancel-key-deletion --key-id <key-id> && aws kms enable-key --key-id <key-id>',
    console: 'KMS → Customer managed keys → <key> → Key actions → Cancel key deletion',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html',
  },
  compliance: { aws_fsbp: ['KMS.3'] },
  *evaluate(snapshot) {
    for (const key of snapshot.keys) {
      const name = key.aliases[0] ?? key.id;
      if (key.details.state === 'aws_managed') continue;
      if (key.details.state !== 'available') {
        yield unreadable(key.arn, `key ${name}`, key.details);
        continue;
      }
      const details = key.details.value;
      if (details.manager !== 'CUSTOMER') continue;
      yield PENDING.has(details.state)
        ? {
            resource_id: key.arn,
            status: 'FAIL',
            reason: `key ${name} is ${details.state}${details.deletionDate ? ` (deleted on ${details.deletionDate.slice(0, 10)})` : ''}`,
          }
        : { resource_id: key.arn, status: 'PASS', reason: `key ${name} is ${details.state}` };
    }
  },
});
