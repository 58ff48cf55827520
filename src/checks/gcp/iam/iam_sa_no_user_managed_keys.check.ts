import { IAM } from '../../../providers/gcp/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, unreadResult } from '../support.js';

export default defineCheck({
  id: 'iam_sa_no_user_managed_keys',
  scanner: IAM,
  reads: ['serviceAccounts'],
  resource_type: 'GcpServiceAccount',
  title: 'Service accounts have no user-managed keys',
  description:
    'User-created service accounts have no user-managed (downloadable) key; Google-managed keys only.',
  severity: 'medium',
  risk: 'A downloaded key is a long-lived credential that can leak from a laptop, a repository or a CI log and be used from anywhere.',
  remediation: {
    text: 'Delete the keys and use attached service accounts, workload identity federation or impersonation; enforce the iam.disableServiceAccountKeyCreation organization policy.',
    cli: 'gcloud iam service-accounts keys delete KEY_ID --iam-account=EMAIL',
    url: 'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys',
  },
  compliance: { [CIS]: ['1.4'] },
  *evaluate(snapshot) {
    for (const account of snapshot.serviceAccounts) {
      if (!account.userCreated) continue;
      if (account.keys.state !== 'available') {
        yield unreadResult(account.id, `The keys of ${account.email}`, account.keys);
        continue;
      }
      const count = account.keys.value.length;
      yield count > 0
        ? fail(account.id, `${account.email} has ${count} user-managed key${count > 1 ? 's' : ''}`)
        : pass(account.id, `${account.email} has no user-managed key`);
    }
  },
});
