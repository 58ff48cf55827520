import { describe, expect, it } from 'vitest';
import { ACCOUNT, REGION, run } from '../testing.js';
import check from './ec2_ebs_default_encryption.check.js';

const SCOPE = `arn:aws:ec2:${REGION}:${ACCOUNT}:region/${REGION}`;

describe('ec2_ebs_default_encryption', () => {
  it('passes when encryption by default is on, naming the key', () => {
    const snapshot = {
      region: REGION,
      encryptionByDefault: true,
      defaultKmsKeyId: { state: 'available', value: 'alias/aws/ebs' },
    } as const;
    expect(run(check, snapshot)).toEqual([
      {
        resource_id: SCOPE,
        status: 'PASS',
        reason: 'new volumes are encrypted by default with alias/aws/ebs',
      },
    ]);
  });

  it('fails when it is off', () => {
    const snapshot = {
      region: REGION,
      encryptionByDefault: false,
      defaultKmsKeyId: { state: 'available', value: 'alias/aws/ebs' },
    } as const;
    expect(run(check, snapshot)).toEqual([
      {
        resource_id: SCOPE,
        status: 'FAIL',
        reason: 'EBS encryption by default is off in eu-west-3',
      },
    ]);
  });

  it('passes without naming the key when only the key read was denied', () => {
    const snapshot = {
      region: REGION,
      encryptionByDefault: true,
      defaultKmsKeyId: {
        state: 'denied',
        action: 'ec2:GetEbsDefaultKmsKeyId',
        errorCode: 'UnauthorizedOperation',
      },
    } as const;
    expect(run(check, snapshot)[0]!.reason).toBe('new volumes are encrypted by default');
  });
});
