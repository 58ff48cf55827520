import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import { STRONG_POLICY, snapshot } from './fixtures.js';
import check from './iam_password_policy_expires_passwords_within_90_days_or_less.check.js';
import { describePasswordPolicyCheck } from './password-policy-cases.js';

describePasswordPolicyCheck(check, 'passwords never expire');

describe('a long password lifetime', () => {
  it('fails naming the lifetime', () => {
    const s = snapshot({ passwordPolicy: { ...STRONG_POLICY, maxPasswordAge: 365 } });
    expect(run(check, s)[0]?.reason).toBe('passwords expire after 365 days, above 90');
  });
});
