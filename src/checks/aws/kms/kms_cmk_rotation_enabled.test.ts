import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import { awsManaged, customerKey, keyArn, region } from './fixtures.js';
import check from './kms_cmk_rotation_enabled.check.js';

describe('kms_cmk_rotation_enabled', () => {
  it('passes a rotating key and fails one that does not rotate', () => {
    const snapshot = region([
      customerKey(
        'payments',
        {},
        { state: 'available', value: { enabled: true, periodDays: 180 } },
      ),
      customerKey('legacy', {}, { state: 'available', value: { enabled: false } }),
    ]);
    expect(run(check, snapshot)).toEqual([
      {
        resource_id: keyArn('payments'),
        status: 'PASS',
        reason: 'key alias/payments rotates every 180 days',
      },
      {
        resource_id: keyArn('legacy'),
        status: 'FAIL',
        reason: 'key alias/legacy: automatic rotation is off',
      },
    ]);
  });

  it('leaves out keys that cannot rotate: AWS-managed, asymmetric, imported, disabled', () => {
    const snapshot = region([
      awsManaged,
      customerKey('signing', { spec: 'RSA_2048' }),
      customerKey('imported', { origin: 'EXTERNAL' }),
      customerKey(
        'parked',
        { state: 'Disabled' },
        { state: 'available', value: { enabled: false } },
      ),
    ]);
    expect(run(check, snapshot)).toEqual([]);
  });

  it('reports ERROR naming the permission when the rotation read was denied', () => {
    const snapshot = region([
      customerKey(
        'payments',
        {},
        {
          state: 'denied',
          action: 'kms:GetKeyRotationStatus',
          errorCode: 'AccessDeniedException',
        },
      ),
    ]);
    expect(run(check, snapshot)).toEqual([
      {
        resource_id: keyArn('payments'),
        status: 'ERROR',
        reason:
          'the rotation of key alias/payments could not be read: kms:GetKeyRotationStatus was denied (AccessDeniedException)',
      },
    ]);
  });
});
