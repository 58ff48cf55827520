import { KMS, rotationApplies } from '../../../providers/aws/services/kms/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'kms_cmk_rotation_enabled',
  scanner: KMS,
  reads: ['keys'],
  resource_type: 'AwsKmsKey',
  title: 'Customer-managed symmetric KMS keys rotate automatically',
  description:
    'Reads the rotation status of every enabled customer-managed symmetric key whose material KMS generated (imported material and custom key stores cannot rotate automatically).',
  severity: 'medium',
  risk: 'Key material used for years widens what one leaked or cracked key version exposes; rotation limits each version to a period.',
  remediation: {
    text: 'Turn on automatic rotation (yearly by default, 90 to 2560 days).',
    cli: 'aws kms enable-key-rotation --key-id <key-id> [--rotation-period-in-days 365]',
    console:
      'KMS → Customer managed keys → <key> → Key rotation → Automatically rotate this KMS key',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  },
  compliance: { 'cis_aws_7.0': ['4.6'] },
  *evaluate(snapshot) {
    for (const key of snapshot.keys) {
      const name = key.aliases[0] ?? key.id;
      if (key.details.state === 'aws_managed') continue;
      if (key.details.state !== 'available') {
        yield unreadable(key.arn, `key ${name}`, key.details);
        continue;
      }
      const details = key.details.value;
      // Disabled keys are not in use; their rotation resumes when they are enabled again.
      if (!rotationApplies(details) || details.state !== 'Enabled') continue;
      if (!key.rotation) continue;
      if (key.rotation.state !== 'available') {
        yield unreadable(key.arn, `the rotation of key ${name}`, key.rotation);
        continue;
      }
      yield key.rotation.value.enabled
        ? {
            resource_id: key.arn,
            status: 'PASS',
            reason: `key ${name} rotates every ${key.rotation.value.periodDays ?? 365} days`,
          }
        : {
            resource_id: key.arn,
            status: 'FAIL',
            reason: `key ${name}: automatic rotation is off`,
          };
    }
  },
});
