import { IAM } from '../../../providers/gcp/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, unreadResult } from '../support.js';

const MAX_AGE_DAYS = 90;

export default defineCheck({
  id: 'iam_sa_key_rotated_90_days',
  scanner: IAM,
  reads: ['serviceAccounts'],
  resource_type: 'GcpServiceAccountKey',
  title: 'User-managed service account keys are rotated within 90 days',
  description: 'Every user-managed key was created in the last 90 days.',
  severity: 'medium',
  risk: 'The older a key, the likelier it has been copied somewhere it should not be; a stolen key stays valid until deleted.',
  remediation: {
    text: 'Create a new key, roll it out, then delete the old one (better: stop using keys).',
    cli: 'gcloud iam service-accounts keys create new.json --iam-account=EMAIL && gcloud iam service-accounts keys delete OLD_KEY_ID --iam-account=EMAIL',
    url: 'https://cloud.google.com/iam/docs/keys-create-delete',
  },
  compliance: { [CIS]: ['1.7'] },
  *evaluate(snapshot, ctx) {
    for (const account of snapshot.serviceAccounts) {
      if (account.keys.state !== 'available') {
        yield unreadResult(account.id, `The keys of ${account.email}`, account.keys);
        continue;
      }
      for (const key of account.keys.value) {
        const age = Math.floor(
          (ctx.now.getTime() - new Date(key.createdAt).getTime()) / 86_400_000,
        );
        yield age > MAX_AGE_DAYS
          ? fail(key.id, `key ${key.keyId} of ${account.email} is ${age} days old`)
          : pass(key.id, `key ${key.keyId} of ${account.email} is ${age} days old`);
      }
    }
  },
});
