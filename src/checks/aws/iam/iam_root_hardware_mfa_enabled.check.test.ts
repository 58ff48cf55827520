import { describe, expect, it } from 'vitest';
import { ACCOUNT_ARN, DENIED, rootRow, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './iam_root_hardware_mfa_enabled.check.js';

describe('iam_root_hardware_mfa_enabled', () => {
  it('passes when root MFA is not a virtual device', () => {
    expect(run(check, snapshot())[0]?.status).toBe('PASS');
  });

  it('fails when root MFA is a virtual device', () => {
    const serial = 'arn:aws:iam::123456789012:mfa/root-account-mfa-device';
    const s = snapshot({ virtualMfaDevices: [{ serialNumber: serial, userArn: ACCOUNT_ARN }] });
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason: `root MFA is the virtual device ${serial}`,
    });
  });

  it('fails when root has no MFA at all', () => {
    expect(run(check, snapshot({ root: rootRow({ mfaActive: false }) }))[0]?.status).toBe('FAIL');
  });

  it('reports ERROR when the virtual devices cannot be listed', () => {
    const s = snapshot();
    s.virtualMfaDevices = DENIED('ListVirtualMFADevices');
    expect(run(check, s)[0]?.reason).toBe(
      'the virtual MFA devices could not be read: iam:ListVirtualMFADevices was denied (AccessDenied)',
    );
  });
});
