import { KMS } from '../../../providers/aws/services/kms/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'kms_key_not_publicly_accessible',
  scanner: KMS,
  reads: ['keys'],
  resource_type: 'AwsKmsKey',
  title: 'KMS key policies do not let everyone use the key',
  description:
    'Reads the key policy of every customer-managed key that is not pending deletion: no Allow statement names `"*"` (or `AWS: "*"`) as principal without a condition that narrows it to known accounts, organizations or networks.',
  severity: 'critical',
  risk: 'A key policy open to everyone lets any AWS account (and, for some actions, anonymous callers) decrypt data protected by the key, or use it in its own grants.',
  remediation: {
    text: 'Name the accounts or roles that use the key in the policy, or add a condition (aws:PrincipalOrgID, aws:SourceVpce, kms:CallerAccount) that narrows `"*"`.',
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://policy.json',
    console: 'KMS → Customer managed keys → <key> → Key policy → Edit',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const key of snapshot.keys) {
      const name = key.aliases[0] ?? key.id;
      if (key.details.state === 'aws_managed') continue;
      if (key.details.state !== 'available') {
        yield unreadable(key.arn, `key ${name}`, key.details);
        continue;
      }
      const details = key.details.value;
      if (details.manager !== 'CUSTOMER' || details.state === 'PendingDeletion') continue;
      if (!key.policy) {
        yield unreadable(key.arn, `the policy of key ${name}`, {
          state: 'failed',
          action: 'kms:GetKeyPolicy',
          errorCode: 'NotRead',
        });
        continue;
      }
      if (key.policy.state !== 'available') {
        yield unreadable(key.arn, `the policy of key ${name}`, key.policy);
        continue;
      }
      const { publicStatements, publicActions } = key.policy.value;
      yield publicStatements.length === 0
        ? {
            resource_id: key.arn,
            status: 'PASS',
            reason: `key ${name}: no statement open to everyone`,
          }
        : {
            resource_id: key.arn,
            status: 'FAIL',
            reason: `key ${name}: statement ${publicStatements.join(', ')} lets everyone use ${publicActions.join(', ')}`,
          };
    }
  },
});
