import {
  daysSinceRotation,
  MAX_DAYS_SINCE_ROTATION,
  isReplica,
  SECRETSMANAGER,
} from '../../../providers/aws/services/secretsmanager/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'secretsmanager_secret_rotated_periodically',
  scanner: SECRETSMANAGER,
  reads: ['region', 'secrets'],
  resource_type: 'AwsSecretsManagerSecret',
  title: 'Secrets Manager secrets were rotated within the last 90 days',
  description:
    'The last rotation (LastRotatedDate), or the creation of a secret never rotated, is at most 90 days old. A secret with rotation on that fails this has a rotation that does not succeed. Replicas are judged in their primary region.',
  severity: 'medium',
  risk: 'The longer a secret stays unchanged, the more copies of it exist and the longer a leaked one stays usable.',
  remediation: {
    text: 'Rotate the secret now, then find why its scheduled rotation does not run or fails (the rotation function’s logs), or turn rotation on.',
    cli: 'aws secretsmanager rotate-secret --secret-id SECRET',
    console: 'Secrets Manager → Secrets → <secret> → Rotation → Rotate secret immediately',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html',
  },
  compliance: { aws_fsbp: ['SecretsManager.4'] },
  *evaluate(snapshot, ctx) {
    for (const s of snapshot.secrets) {
      if (isReplica(s, snapshot.region)) continue;
      const days = daysSinceRotation(s, ctx.now);
      const since = s.lastRotatedAt ? 'rotated' : 'created and never rotated';
      if (days === undefined) {
        yield {
          resource_id: s.arn,
          status: 'ERROR',
          reason: `ListSecrets gave secret ${s.name} neither a rotation nor a creation date`,
        };
        continue;
      }
      yield days > MAX_DAYS_SINCE_ROTATION
        ? {
            resource_id: s.arn,
            status: 'FAIL',
            reason: `secret ${s.name} was ${since} ${days} days ago${s.rotationEnabled ? ' although rotation is on: its rotation does not succeed' : ''}`,
          }
        : {
            resource_id: s.arn,
            status: 'PASS',
            reason: `secret ${s.name} was ${since} ${days} days ago (at most ${MAX_DAYS_SINCE_ROTATION})`,
          };
    }
  },
});
