import check from './iam_password_policy_uppercase.check.js';
import { describePasswordPolicyCheck } from './password-policy-cases.js';

describePasswordPolicyCheck(check, 'RequireUppercaseCharacters is false');
