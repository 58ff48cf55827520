import { IAM } from '../../../providers/gcp/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource } from '../support.js';
import { policyOr } from './policy.js';

const ROLES = ['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator'];

export default defineCheck({
  id: 'iam_no_project_level_service_account_user',
  scanner: IAM,
  reads: ['project', 'policy'],
  resource_type: 'GcpProject',
  title: 'No Service Account User or Token Creator role at project level',
  description:
    'The project policy grants neither roles/iam.serviceAccountUser nor roles/iam.serviceAccountTokenCreator.',
  severity: 'high',
  risk: 'Granted on the project, these roles let the member act as every service account of it, present and future.',
  remediation: {
    text: 'Grant the role on the individual service accounts that need it, and remove the project-level binding.',
    cli: 'gcloud projects remove-iam-policy-binding PROJECT --member=MEMBER --role=roles/iam.serviceAccountUser',
    url: 'https://cloud.google.com/iam/docs/manage-access-service-accounts',
  },
  compliance: { [CIS]: ['1.6'] },
  *evaluate(snapshot) {
    const policy = policyOr(snapshot);
    if ('status' in policy) {
      yield policy;
      return;
    }
    const grants = policy.bindings
      .filter((b) => ROLES.includes(b.role))
      .flatMap((b) => b.members.map((m) => `${m} (${b.role.replace('roles/iam.', '')})`));
    const project = projectResource(snapshot.project);
    yield grants.length > 0
      ? fail(project, `${snapshot.project} grants at project level: ${grants.join(', ')}`)
      : pass(
          project,
          `${snapshot.project} grants no service-account impersonation role at project level`,
        );
  },
});
