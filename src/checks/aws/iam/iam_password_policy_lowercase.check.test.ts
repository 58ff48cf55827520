import check from './iam_password_policy_lowercase.check.js';
import { describePasswordPolicyCheck } from './password-policy-cases.js';

describePasswordPolicyCheck(check, 'RequireLowercaseCharacters is false');
