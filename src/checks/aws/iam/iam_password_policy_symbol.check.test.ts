import check from './iam_password_policy_symbol.check.js';
import { describePasswordPolicyCheck } from './password-policy-cases.js';

describePasswordPolicyCheck(check, 'RequireSymbols is false');
