import { IAM } from '../../../providers/gcp/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource } from '../support.js';
import { policyOr, rolesByMember } from './policy.js';

const ADMIN = 'roles/cloudkms.admin';
const USE = [
  'roles/cloudkms.cryptoKeyEncrypterDecrypter',
  'roles/cloudkms.cryptoKeyEncrypter',
  'roles/cloudkms.cryptoKeyDecrypter',
];

export default defineCheck({
  id: 'iam_kms_separation_of_duties',
  scanner: IAM,
  reads: ['project', 'policy'],
  resource_type: 'GcpProject',
  title: 'Separation of duties is enforced for KMS-related roles',
  description:
    'No member holds Cloud KMS Admin together with CryptoKey Encrypter/Decrypter, Encrypter or Decrypter on the project.',
  severity: 'medium',
  risk: 'One member able to manage keys and to use them can grant itself, or anyone, access to everything the keys protect, with no second person involved.',
  remediation: {
    text: 'Give key administration and key use to different members, removing one of the roles from each member holding both.',
    cli: 'gcloud projects remove-iam-policy-binding PROJECT --member=MEMBER --role=roles/cloudkms.admin',
    url: 'https://cloud.google.com/kms/docs/separation-of-duties',
  },
  compliance: { [CIS]: ['1.11'] },
  *evaluate(snapshot) {
    const policy = policyOr(snapshot);
    if ('status' in policy) {
      yield policy;
      return;
    }
    const both = [...rolesByMember(policy)]
      .filter(([, roles]) => roles.has(ADMIN) && USE.some((r) => roles.has(r)))
      .map(([member, roles]) => {
        const use = USE.filter((r) => roles.has(r)).map((r) => r.replace('roles/cloudkms.', ''));
        return `${member} (admin and ${use.join(', ')})`;
      })
      .sort();
    const project = projectResource(snapshot.project);
    yield both.length > 0
      ? fail(project, `both Cloud KMS Admin and a key-use role: ${both.join('; ')}`)
      : pass(project, 'no member holds both Cloud KMS Admin and a key-use role');
  },
});
