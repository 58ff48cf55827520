import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../../../core/index.js';
import type { IamSnapshot } from '../../../providers/aws/services/iam/model.js';
import { ACCOUNT_ARN, DENIED, STRONG_POLICY, snapshot } from './fixtures.js';
import { run } from '../testing.js';

export const WEAK = {
  ...STRONG_POLICY,
  minimumPasswordLength: 8,
  requireSymbols: false,
  requireNumbers: false,
  requireUppercaseCharacters: false,
  requireLowercaseCharacters: false,
  expirePasswords: false,
  maxPasswordAge: undefined,
  passwordReusePrevention: undefined,
};

/** The behaviour every password policy check shares: PASS, FAIL naming the setting, no policy, ERROR. */
export function describePasswordPolicyCheck(
  check: CheckDefinition<IamSnapshot>,
  failReason: string,
): void {
  describe(check.id, () => {
    it('passes with a strong password policy', () => {
      expect(run(check, snapshot({ passwordPolicy: STRONG_POLICY }))).toMatchObject([
        { resource_id: ACCOUNT_ARN, status: 'PASS' },
      ]);
    });

    it('fails with a weak one, naming the setting', () => {
      expect(run(check, snapshot({ passwordPolicy: WEAK }))).toEqual([
        { resource_id: ACCOUNT_ARN, status: 'FAIL', reason: failReason },
      ]);
    });

    it('fails when the account has no password policy', () => {
      expect(run(check, snapshot({ passwordPolicy: null }))[0]?.reason).toBe(
        'the account has no password policy',
      );
    });

    it('reports ERROR naming the permission when the policy read is denied', () => {
      const s = snapshot();
      s.passwordPolicy = DENIED('GetAccountPasswordPolicy');
      expect(run(check, s)[0]).toMatchObject({
        status: 'ERROR',
        reason:
          'the account password policy could not be read: iam:GetAccountPasswordPolicy was denied (AccessDenied)',
      });
    });
  });
}
