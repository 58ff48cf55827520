import { isReplica, SECRETSMANAGER } from '../../../providers/aws/services/secretsmanager/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'secretsmanager_automatic_rotation_enabled',
  scanner: SECRETSMANAGER,
  reads: ['region', 'secrets'],
  resource_type: 'AwsSecretsManagerSecret',
  title: 'Secrets Manager secrets have automatic rotation enabled',
  description:
    'ListSecrets reports RotationEnabled for the secret. Replicas are rotated with their primary secret and judged in its region.',
  severity: 'medium',
  risk: 'A secret that is never rotated stays valid however far it has been copied or leaked: a stolen credential keeps working until someone notices.',
  remediation: {
    text: 'Turn on automatic rotation with a rotation function (or the managed rotation of the owning service) and a schedule.',
    cli: 'aws secretsmanager rotate-secret --secret-id SECRET --rotation-lambda-arn FUNCTION_ARN --rotation-rules AutomaticallyAfterDays=30',
    console: 'Secrets Manager → Secrets → <secret> → Rotation → Edit rotation',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
  },
  compliance: { aws_fsbp: ['SecretsManager.1'] },
  *evaluate(snapshot) {
    for (const s of snapshot.secrets) {
      if (isReplica(s, snapshot.region)) continue;
      const every =
        s.rotationIntervalDays !== undefined ? ` every ${s.rotationIntervalDays} days` : '';
      yield s.rotationEnabled
        ? {
            resource_id: s.arn,
            status: 'PASS',
            reason: `secret ${s.name} rotates automatically${every}`,
          }
        : {
            resource_id: s.arn,
            status: 'FAIL',
            reason: `secret ${s.name} has no automatic rotation`,
          };
    }
  },
});
