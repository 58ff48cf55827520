import { describe, expect, it } from 'vitest';
import { ACCOUNT_ARN, DENIED, rootRow, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './iam_no_root_access_key.check.js';

describe('iam_no_root_access_key', () => {
  it('passes when the root user has no active key', () => {
    const s = snapshot({ root: rootRow({ accessKeys: [{ slot: 1, active: false }] }) });
    expect(run(check, s)).toEqual([
      {
        resource_id: ACCOUNT_ARN,
        status: 'PASS',
        reason: 'the root user has no active access key',
      },
    ]);
  });

  it('fails naming the active root key', () => {
    const s = snapshot({ root: rootRow({ accessKeys: [{ slot: 2, active: true }] }) });
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason: 'root access key 2 is active',
    });
  });

  it('falls back to the account summary when the credential report is denied', () => {
    const s = { ...snapshot({ summary: { AccountAccessKeysPresent: 1 } }) };
    s.credentialReport = DENIED('GetCredentialReport');
    expect(run(check, s)[0]?.status).toBe('FAIL');
  });

  it('reports ERROR naming the permission when neither source can be read', () => {
    const s = snapshot();
    s.credentialReport = DENIED('GetCredentialReport');
    s.summary = DENIED('GetAccountSummary');
    expect(run(check, s)).toEqual([
      {
        resource_id: ACCOUNT_ARN,
        status: 'ERROR',
        reason:
          'the credential report and the account summary could not be read: iam:GetAccountSummary was denied (AccessDenied)',
      },
    ]);
  });
});
