import { describe, expect, it } from 'vitest';
import { DENIED, snapshot, userRow } from './fixtures.js';
import { run, statuses } from '../testing.js';
import check from './iam_user_mfa_enabled_console_access.check.js';

describe('iam_user_mfa_enabled_console_access', () => {
  it('passes users with MFA or without a console password, fails the others', () => {
    const s = snapshot({
      users: [
        userRow('alice', { passwordEnabled: true, mfaActive: true }),
        userRow('bob', { passwordEnabled: true, mfaActive: false }),
        userRow('ci', { passwordEnabled: false }),
      ],
    });
    expect(statuses(check, s)).toEqual({
      'arn:aws:iam::123456789012:user/alice': 'PASS',
      'arn:aws:iam::123456789012:user/bob': 'FAIL',
      'arn:aws:iam::123456789012:user/ci': 'PASS',
    });
    expect(run(check, s)[1]?.reason).toBe('bob has a console password and no MFA device');
  });

  it('reports one ERROR naming the permission when the credential report is denied', () => {
    const s = snapshot();
    s.credentialReport = DENIED('GetCredentialReport');
    expect(run(check, s)).toEqual([
      {
        resource_id: 'arn:aws:iam::123456789012:root',
        status: 'ERROR',
        reason:
          'the credential report could not be read: iam:GetCredentialReport was denied (AccessDenied)',
      },
    ]);
  });
});
