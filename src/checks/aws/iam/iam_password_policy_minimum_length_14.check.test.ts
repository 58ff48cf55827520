import { describe, expect, it } from 'vitest';
import { context, run } from '../testing.js';
import { snapshot } from './fixtures.js';
import check from './iam_password_policy_minimum_length_14.check.js';
import { describePasswordPolicyCheck } from './password-policy-cases.js';

describePasswordPolicyCheck(check, 'minimum password length is 8, below 14');

describe('the minimum length', () => {
  it('comes from check_config', () => {
    const ctx = context({ options: { check_config: { min_password_length: 20 } } });
    expect(run(check, snapshot(), ctx)[0]).toMatchObject({
      status: 'FAIL',
      reason: 'minimum password length is 14, below 20',
    });
  });
});
