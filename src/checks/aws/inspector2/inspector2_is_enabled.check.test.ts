import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './inspector2_is_enabled.check.js';
import { DENIED, REGION_ID, account, all, snapshot } from './fixtures.js';

describe('inspector2_is_enabled', () => {
  it('passes a region where EC2, ECR and Lambda scanning are enabled (Lambda code is not required)', () => {
    expect(run(check, all)).toEqual([
      {
        resource_id: REGION_ID,
        status: 'PASS',
        reason: 'Inspector scans EC2, ECR and Lambda in eu-west-3',
      },
    ]);
    expect(run(check, snapshot({ account: account({ lambdaCode: 'DISABLED' }) }))[0]?.status).toBe(
      'PASS',
    );
  });

  it('fails naming each required scan type that is not ENABLED, with its status', () => {
    const partial = snapshot({ account: account({ ecr: 'DISABLED', lambda: 'SUSPENDED' }) });
    expect(run(check, partial)).toEqual([
      {
        resource_id: REGION_ID,
        status: 'FAIL',
        reason: 'Inspector in eu-west-3 does not scan ECR (DISABLED), Lambda (SUSPENDED)',
      },
    ]);
    const off = account({
      ec2: 'DISABLED',
      ecr: 'DISABLED',
      lambda: 'DISABLED',
      lambdaCode: 'DISABLED',
    });
    expect(run(check, snapshot({ account: off }))[0]).toMatchObject({
      status: 'FAIL',
      reason:
        'Inspector in eu-west-3 does not scan EC2 (DISABLED), ECR (DISABLED), Lambda (DISABLED)',
    });
  });

  it('fails an account the status answer does not list (never activated)', () => {
    const absent = snapshot({
      account: {
        state: 'absent',
        action: 'inspector2:BatchGetAccountStatus',
        errorCode: 'AccountNotListed',
      },
    });
    expect(run(check, absent)[0]?.status).toBe('FAIL');
  });

  it('is ERROR, naming the call, when the status could not be read', () => {
    expect(run(check, snapshot({ account: DENIED('inspector2:BatchGetAccountStatus') }))).toEqual([
      expect.objectContaining({
        resource_id: REGION_ID,
        status: 'ERROR',
        reason: expect.stringContaining('inspector2:BatchGetAccountStatus was denied'),
      }),
    ]);
  });
});
