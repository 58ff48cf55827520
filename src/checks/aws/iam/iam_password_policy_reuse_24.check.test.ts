import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import { STRONG_POLICY, snapshot } from './fixtures.js';
import check from './iam_password_policy_reuse_24.check.js';
import { describePasswordPolicyCheck } from './password-policy-cases.js';

describePasswordPolicyCheck(check, 'password reuse prevention is off');

describe('a short reuse memory', () => {
  it('fails naming how many passwords are remembered', () => {
    const s = snapshot({ passwordPolicy: { ...STRONG_POLICY, passwordReusePrevention: 5 } });
    expect(run(check, s)[0]?.reason).toBe('only the last 5 passwords are remembered, below 24');
  });
});
