import { IAM } from '../../../providers/gcp/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource } from '../support.js';
import { policyOr, rolesByMember } from './policy.js';

export default defineCheck({
  id: 'iam_sa_admin_user_separation_of_duties',
  scanner: IAM,
  reads: ['project', 'policy'],
  resource_type: 'GcpProject',
  title: 'No member is both Service Account Admin and Service Account User',
  description:
    'No member holds roles/iam.serviceAccountAdmin and roles/iam.serviceAccountUser together on the project.',
  severity: 'medium',
  risk: 'One person able to create service accounts and act as them can grant themselves any access those accounts get.',
  remediation: {
    text: 'Give the two roles to different people, removing one of them from each member holding both.',
    url: 'https://cloud.google.com/iam/docs/understanding-roles#service-accounts-roles',
  },
  compliance: { [CIS]: ['1.8'] },
  *evaluate(snapshot) {
    const policy = policyOr(snapshot);
    if ('status' in policy) {
      yield policy;
      return;
    }
    const both = [...rolesByMember(policy)]
      .filter(
        ([, roles]) =>
          roles.has('roles/iam.serviceAccountAdmin') && roles.has('roles/iam.serviceAccountUser'),
      )
      .map(([member]) => member)
      .sort();
    const project = projectResource(snapshot.project);
    yield both.length > 0
      ? fail(project, `both Service Account Admin and User: ${both.join(', ')}`)
      : pass(project, 'no member holds both Service Account Admin and User');
  },
});
