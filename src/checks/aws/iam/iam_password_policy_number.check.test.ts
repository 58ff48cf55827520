import check from './iam_password_policy_number.check.js';
import { describePasswordPolicyCheck } from './password-policy-cases.js';

describePasswordPolicyCheck(check, 'RequireNumbers is false');
