import { KMS } from '../../../providers/gcp/services/kms/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource, unreadResult } from '../support.js';

/** 90 days, as the benchmark writes it (rotationPeriod ≤ 7776000s, 129600 minutes). */
const MAX_SECONDS = 90 * 86_400;

export default defineCheck({
  id: 'kms_key_rotated_90_days',
  scanner: KMS,
  reads: ['project', 'keys'],
  resource_type: 'GcpKmsCryptoKey',
  title: 'KMS encryption keys are rotated within 90 days',
  description:
    'The symmetric key rotates automatically: rotationPeriod is at most 90 days and nextRotationTime is set, no more than 90 days ahead.',
  severity: 'medium',
  risk: 'The longer one key version encrypts data, the more data a single compromised version exposes.',
  remediation: {
    text: 'Set an automatic rotation period of 90 days or less on the key.',
    cli: 'gcloud kms keys update KEY --keyring=KEY_RING --location=LOCATION --rotation-period=90d --next-rotation-time=NEXT_ROTATION_TIME',
    url: 'https://cloud.google.com/kms/docs/rotate-key',
  },
  compliance: { [CIS]: ['1.10'] },
  *evaluate(snapshot, ctx) {
    if (snapshot.keys.state !== 'available') {
      yield unreadResult(
        projectResource(snapshot.project),
        `The KMS keys of ${snapshot.project}`,
        snapshot.keys,
      );
      return;
    }
    for (const key of snapshot.keys.value) {
      // Only symmetric encryption keys rotate automatically; asymmetric and MAC keys do not apply.
      if (key.purpose !== 'ENCRYPT_DECRYPT') continue;
      const period = key.rotationPeriodSeconds;
      if (period === undefined || !key.nextRotationTime) {
        yield fail(key.id, `${key.name} has no automatic rotation`);
        continue;
      }
      const days = Math.round((period / 86_400) * 100) / 100;
      if (period > MAX_SECONDS) {
        yield fail(key.id, `${key.name} rotates every ${days} days, more than 90`);
        continue;
      }
      const ahead = (new Date(key.nextRotationTime).getTime() - ctx.now.getTime()) / 86_400_000;
      yield ahead > 90
        ? fail(
            key.id,
            `${key.name} rotates every ${days} days but next on ${key.nextRotationTime}, more than 90 days ahead`,
          )
        : pass(key.id, `${key.name} rotates every ${days} days, next on ${key.nextRotationTime}`);
    }
  },
});
