import { IAM } from '../../../providers/gcp/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';
import { policyOr, rolesByMember } from './policy.js';

/** Owner, Editor, or any role whose name ends in admin (roles/storage.admin, roles/iam.securityAdmin…). */
export function isAdminRole(role: string): boolean {
  return role === 'roles/owner' || role === 'roles/editor' || /admin$/i.test(role);
}

export default defineCheck({
  id: 'iam_sa_no_admin_privileges',
  scanner: IAM,
  reads: ['project', 'serviceAccounts', 'policy'],
  resource_type: 'GcpServiceAccount',
  title: 'Service accounts hold no admin role on the project',
  description:
    'No user-created service account is granted Owner, Editor or an *Admin role in the project policy.',
  severity: 'high',
  risk: 'Whoever runs as an admin service account (a VM, a pipeline, a leaked key) can change or delete anything its role covers.',
  remediation: {
    text: 'Replace the admin role with the narrower roles the workload needs (IAM Recommender suggests them).',
    cli: 'gcloud projects remove-iam-policy-binding PROJECT --member=serviceAccount:EMAIL --role=ROLE',
    url: 'https://cloud.google.com/iam/docs/service-account-overview#service-account-permissions',
  },
  compliance: { [CIS]: ['1.5'] },
  *evaluate(snapshot) {
    const policy = policyOr(snapshot);
    if ('status' in policy) {
      yield policy;
      return;
    }
    const roles = rolesByMember(policy);
    for (const account of snapshot.serviceAccounts) {
      if (!account.userCreated) continue;
      const admin = [...(roles.get(`serviceAccount:${account.email}`) ?? [])]
        .filter(isAdminRole)
        .sort();
      yield admin.length > 0
        ? fail(account.id, `${account.email} holds ${admin.join(', ')}`)
        : pass(account.id, `${account.email} holds no admin role on the project`);
    }
  },
});
