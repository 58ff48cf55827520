import { describe, expect, it } from 'vitest';
import { DENIED, rootRow, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './iam_root_mfa_enabled.check.js';

describe('iam_root_mfa_enabled', () => {
  it('passes with root MFA active', () => {
    expect(run(check, snapshot({ root: rootRow({ mfaActive: true }) }))[0]?.status).toBe('PASS');
  });

  it('fails without root MFA', () => {
    const results = run(check, snapshot({ root: rootRow({ mfaActive: false }) }));
    expect(results[0]).toMatchObject({ status: 'FAIL', reason: 'root mfa_active is false' });
  });

  it('passes when the root user has no console password (centralized root access)', () => {
    const s = snapshot({ root: rootRow({ mfaActive: false, passwordEnabled: false }) });
    expect(run(check, s)[0]?.status).toBe('PASS');
  });

  it('reports ERROR, never PASS, when the report and summary are denied', () => {
    const s = snapshot();
    s.credentialReport = DENIED('GenerateCredentialReport');
    s.summary = DENIED('GetAccountSummary');
    expect(run(check, s)[0]).toMatchObject({ status: 'ERROR' });
    expect(run(check, s)[0]?.reason).toContain('iam:GetAccountSummary was denied');
  });
});
