import { describe, expect, it } from 'vitest';
import { ACCOUNT, REGION, run } from '../testing.js';
import check from './ec2_ebs_default_encryption.check.js';

const SCOPE = `arn:aws:ec2:${REGION}:${ACCOUNT}:region/${REGION}`;

describe('ec2_ebs_default_encryption', () => {
  it('passes when encryption by default is on, naming the key', () => {
    const snapshot = {
      region: REGION,
      encryptionByDefault: { state: 'available', value: true },
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
      encryptionByDefault: { state: 'available', value: false },
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
      encryptionByDefault: { state: 'available', value: true },
      defaultKmsKeyId: {
        state: 'denied',
        action: 'ec2:GetEbsDefaultKmsKeyId',
        errorCode: 'UnauthorizedOperation',
      },
    } as const;
    expect(run(check, snapshot)[0]!.reason).toBe('new volumes are encrypted by default');
  });

  it('reports ERROR, never PASS, when the setting itself could not be read', () => {
    const snapshot = {
      region: REGION,
      encryptionByDefault: {
        state: 'failed',
        action: 'ec2:GetEbsEncryptionByDefault',
        errorCode: 'ServiceUnavailable',
        message: 'HTTP 500 answered something that is not an AWS response',
      },
      defaultKmsKeyId: { state: 'available', value: 'alias/aws/ebs' },
    } as const;
    const [result] = run(check, snapshot);
    expect(result).toMatchObject({ status: 'ERROR' });
    expect(result!.reason).toContain('ec2:GetEbsEncryptionByDefault failed (ServiceUnavailable)');
  });
});
