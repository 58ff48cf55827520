import {
  daysSinceAccess,
  UNUSED_SECRET_DAYS,
  SECRETSMANAGER,
} from '../../../providers/aws/services/secretsmanager/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'secretsmanager_secret_unused',
  scanner: SECRETSMANAGER,
  reads: ['secrets'],
  resource_type: 'AwsSecretsManagerSecret',
  title: 'Secrets Manager secrets were retrieved within the last 90 days',
  description:
    'The secret was last retrieved in the region (LastAccessedDate, to the day) at most 90 days ago; a secret never retrieved fails once it is older than 90 days.',
  severity: 'medium',
  risk: 'An unused secret is a credential nobody watches: it still opens whatever it was for, and costs $0.40 a month.',
  remediation: {
    text: 'Find whether anything still needs the secret (CloudTrail GetSecretValue events); delete it, with a recovery window, if not.',
    cli: 'aws secretsmanager delete-secret --secret-id SECRET --recovery-window-in-days 30',
    console: 'Secrets Manager → Secrets → <secret> → Actions → Delete secret',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html',
  },
  compliance: { aws_fsbp: ['SecretsManager.3'] },
  *evaluate(snapshot, ctx) {
    for (const s of snapshot.secrets) {
      const days = daysSinceAccess(s, ctx.now);
      const since = s.lastAccessedAt ? 'last retrieved' : 'created and never retrieved';
      if (days === undefined) {
        yield {
          resource_id: s.arn,
          status: 'ERROR',
          reason: `ListSecrets gave secret ${s.name} neither an access nor a creation date`,
        };
        continue;
      }
      yield days > UNUSED_SECRET_DAYS
        ? {
            resource_id: s.arn,
            status: 'FAIL',
            reason: `secret ${s.name} was ${since} ${days} days ago`,
          }
        : {
            resource_id: s.arn,
            status: 'PASS',
            reason: `secret ${s.name} was ${since} ${days} days ago (at most ${UNUSED_SECRET_DAYS})`,
          };
    }
  },
});
